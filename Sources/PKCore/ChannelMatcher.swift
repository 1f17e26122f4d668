/// Why a channel argument matched no single channel.
public enum ChannelMatchError: Error, Equatable, Localized {
    case unknown(String)
    case ambiguous(String, [Channel])

    public var message: Message {
        switch self {
        case .unknown(let text):
            Message(CoreText.unknownChannel, ["text": text, "channels": Channel.allCases.map(\.key).joined(separator: ", ")])
        case .ambiguous(let text, let candidates):
            Message(CoreText.ambiguousChannel, ["text": text, "channels": candidates.map(\.key).joined(separator: ", ")])
        }
    }
}

extension Channel {
    /// Finds the channel named by a key, a Latvian name (case and diacritics ignored), or a unique prefix of either.
    public static func match(_ text: String) throws(ChannelMatchError) -> Channel {
        let wanted = TextFolding.fold(text)
        guard !wanted.isEmpty else { throw .unknown(text) }
        if let exact = allCases.first(where: { $0.foldedSpellings.contains(wanted) }) { return exact }
        let candidates = allCases.filter { channel in
            channel.foldedSpellings.contains { $0.hasPrefix(wanted) }
        }
        switch candidates.count {
        case 1: return candidates[0]
        case 0: throw .unknown(text)
        default: throw .ambiguous(text, candidates)
        }
    }

    /// The key and the Latvian name, folded for comparison.
    private var foldedSpellings: [String] { [key, TextFolding.fold(latvianName)] }
}
