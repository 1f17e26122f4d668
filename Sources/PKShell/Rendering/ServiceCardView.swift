import PKCore

/// A service card as `service show` prints it: the description's fields, then each channel with its contact
/// and its working hours as a week table, in the user's language.
struct ServiceCardView {
    let language: Language

    func render(_ service: Service, _ cards: [ChannelCard]) -> String {
        var lines = [TextTable.fields([
            (.columnCode, service.code), (.fieldServiceName, service.name),
            (.columnInstitution, "\(service.institution.code) \(service.institution.name)"),
            (.columnPublished, language.text(service.isPublished ? .yes : .no)),
            (.fieldDescription, service.description.map(Catalogue.shown) ?? language.text(.notGiven)),
            (.columnChannels, service.channels.isEmpty ? language.text(.noChannelsYet) : service.channels.map(\.key).joined(separator: ", ")),
            (.fieldEService, language.text(service.isEService ? .eServiceYes : .no)),
        ], in: language)]
        for card in cards {
            lines.append("")
            lines.append("\(card.channel.key) (\(card.channel.latvianName))")
            var fields: [(ShellText, String)] = [(.fieldContact, card.contact.map(Catalogue.shown) ?? language.text(.notGivenPlural))]
            if card.hours.isEmpty { fields.append((.fieldHours, language.text(.notGiven))) }
            lines.append(TextTable.fields(fields, in: language, indent: "  "))
            if !card.hours.isEmpty { lines.append(week(card.hours)) }
        }
        return lines.joined(separator: "\n")
    }

    /// Every day of the week with its periods, or closed.
    private func week(_ hours: WorkingHours) -> String {
        let rows = Weekday.allCases.map { day -> [String] in
            let periods = hours.periods(on: day)
            let name = language == .lv ? day.latvianName : day.englishName
            return ["  " + name, periods.isEmpty ? language.text(.dayClosed)
                        : periods.map { "\($0.opens)–\($0.closes)" }.joined(separator: ", ")]
        }
        return TextTable.render(header: ["  " + language.text(.columnDay), language.text(.fieldHours)], rows: rows)
    }
}
