import PKCore

/// An audit entry's detail in one language: `klatiene 2100/2100 → 2200/2100; indicators 94.41/53.10 →
/// 94.41/51.94`, `janis: valid until 31.12.2027 → 30.06.2028`. A detail stored as a sentence (by a pks
/// of before details were data) is shown as it was written.
struct AuditDetailText {
    let language: Language

    func render(_ stored: String) -> String {
        guard let detail = AuditDetail.stored(stored) else { return stored }
        var subject: String?
        return detail.changes.map { change in
            // A channel's counts are labelled by the channel; other fields by name, after whose they are.
            var label = change.field == .counts ? change.subject ?? "" : language.text(change.field)
            if change.field != .counts, let whose = change.subject, whose != subject { label = whose + ": " + label }
            subject = change.subject
            let new = value(change.new, of: change.field)
            return label + " " + (change.old.map { value($0, of: change.field) + " → " } ?? "") + new
        }.joined(separator: "; ")
    }

    private func value(_ stored: String?, of field: AuditField) -> String {
        guard let stored else { return "—" }
        if let term = AuditTerm(rawValue: stored) { return language.text(term) }
        if field.holdsDates, let date = CalendarDate(iso: stored) { return language.text(date) }
        if field.holdsPercents {
            return stored.split(separator: "/").map { part in
                Int(part.replacingOccurrences(of: ".", with: "")).map { language.text(Percent(hundredths: $0)) }
                    ?? language.text(AuditTerm.notComputable)
            }.joined(separator: "/")
        }
        return language.text(stored)
    }
}
