import PKCore

/// What each channel counts, with the examples of the catalogue guide's appendix (seed 004), each line of the
/// explanation indented under the channel's heading.
struct ChannelHelp {
    let language: Language

    /// `e-latvija — E-pakalpojums Latvija.lv (e-service channel)` and the explanation under it.
    func entry(_ channel: Channel) -> String {
        let heading = language.text(channel.isEService ? .channelHeadingEService : .channelHeading,
                                    ["key": channel.key, "name": channel.latvianName])
        return heading + "\n" + language.text(channel.explanationKey).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }
}

extension Channel {
    /// How a table names the channel: the Latvian name for a Latvian reader (the catalogue's own words),
    /// the short key otherwise.
    func tableName(in language: Language) -> String { language == .lv ? latvianName : key }

    var explanationKey: HelpText {
        switch self {
        case .citiElektroniskie: .explainCitiElektroniskie
        case .cits: .explainCits
        case .eIestade: .explainEIestade
        case .eLatvija: .explainELatvija
        case .ePasts: .explainEPasts
        case .fakss: .explainFakss
        case .klatiene: .explainKlatiene
        case .pasts: .explainPasts
        case .sms: .explainSms
        case .telefons: .explainTelefons
        case .vpvkac: .explainVpvkac
        }
    }
}
