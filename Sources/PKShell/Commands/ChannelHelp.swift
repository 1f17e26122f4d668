import PKCore

/// What each channel counts, in plain words with examples (DOMAIN.md, seed 004's appendix).
enum ChannelHelp {
    static func entry(_ channel: Channel) -> String {
        "\(channel.key) — \(channel.latvianName)" + (channel.isEService ? " (e-service channel)" : "")
            + "\n  " + explanation(channel)
    }

    static func explanation(_ channel: Channel) -> String {
        switch channel {
        case .citiElektroniskie:
            "Requests through other electronic means: virtual assistants, sector systems such as the tax "
                + "declaration or construction systems, municipal e-service platforms, e-health, mobile apps, "
                + "international registers, Skype, the institution's social-network accounts."
        case .cits:
            "Anything that is neither electronic nor in person at the institution or a VPVKAC centre."
        case .eIestade:
            "An e-service on the institution's own official website (not its other websites), "
                + "e.g. registering a pet on the agricultural data centre's site."
        case .eLatvija:
            "An e-service on the state portal Latvija.lv, including requests through the official e-address, "
                + "e.g. \"Iesniegums iestādei\"."
        case .ePasts:
            "A request e-mailed to the institution, signed electronically or not, as the service's rules allow."
        case .fakss: "A request sent by fax."
        case .klatiene:
            "In person at the institution, its client service centre or a branch office; not a VPVKAC centre."
        case .pasts: "A request sent by post."
        case .sms:
            "A request sent as a text message, e.g. water meter readings or paid vehicle information by SMS."
        case .telefons:
            "By phone: information and consultations, booking a visit."
        case .vpvkac:
            "The unified state and municipal client service centres. State institutions count the applications "
                + "VPVKAC forwarded to them; municipalities count what their centres served themselves."
        }
    }
}
