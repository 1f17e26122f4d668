import PKCore

/// A service card as the JSON of SPEC.md section 5 (`service show --json`), keys in the documented order;
/// day letters are the Latvian ones whatever the language.
public enum ServiceJSON {
    public static func object(_ service: Service, _ cards: [ChannelCard]) -> String {
        let string = RecordJSON.string
        let channels = cards.map { card in
            let hours = card.hours.groups.map { group in
                "{\"days\": [" + group.days.map { string($0.letter) }.joined(separator: ", ") + "], \"from\": "
                    + string(group.opens.description) + ", \"to\": " + string(group.closes.description) + "}"
            }
            return "{\"channel\": \(string(card.channel.key)), \"contact\": \(card.contact.map(string) ?? "null"), "
                + "\"hours\": [" + hours.joined(separator: ", ") + "]}"
        }
        let fields = [
            ("code", string(service.code)),
            ("name", string(service.name)),
            ("institution", string(service.institution.code)),
            ("published", service.isPublished ? "true" : "false"),
            ("description", service.description.map(string) ?? "null"),
            ("channels", "[" + channels.joined(separator: ", ") + "]"),
        ]
        return "{" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
}
