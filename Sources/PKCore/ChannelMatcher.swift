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
        if let exact = exactSpellings[text] { return exact }
        let wanted = TextFolding.fold(text)
        guard !wanted.isEmpty else { throw .unknown(text) }
        if let exact = exactSpellings[wanted] { return exact }
        let candidates = foldedSpellings.filter { _, spellings in spellings.contains { $0.hasPrefix(wanted) } }.map(\.channel)
        switch candidates.count {
        case 1: return candidates[0]
        case 0: throw .unknown(text)
        default: throw .ambiguous(text, candidates)
        }
    }

    /// Every channel's key and Latvian name, folded for comparison once: folding the eleven names on every
    /// match was most of `set`'s own work in a replay (perf).
    private static let foldedSpellings: [(channel: Channel, spellings: [String])] = allCases.map {
        ($0, [$0.key, TextFolding.fold($0.latvianName)])
    }

    /// Each folded spelling to the first channel spelled so. Folded spellings are lowercase ASCII, which folding
    /// leaves as it is, so an argument written that way is found before it is folded.
    private static let exactSpellings: [String: Channel] = foldedSpellings.reduce(into: [:]) { table, entry in
        for spelling in entry.spellings where table[spelling] == nil { table[spelling] = entry.channel }
    }
}
