import PKCore

/// What each channel counts, in plain words with examples (DOMAIN.md, seed 004's appendix).
struct ChannelHelp {
    let language: Language

    /// `e-latvija — E-pakalpojums Latvija.lv (e-service channel)` and the explanation under it.
    func entry(_ channel: Channel) -> String {
        let heading = language.text(channel.isEService ? .channelHeadingEService : .channelHeading,
                                    ["key": channel.key, "name": channel.latvianName])
        return heading + "\n  " + language.text(channel.explanationKey)
    }
}

extension Channel {
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
