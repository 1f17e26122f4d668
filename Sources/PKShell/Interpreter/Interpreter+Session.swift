import PKCore
import PKStore

/// Logging in and the reporting year: used by the session commands, `--user` and the export options.
extension Interpreter {
    func logIn(_ login: String) throws {
        guard try settleUnsavedChanges(before: .actionLogIn, login: login, closing: false) else { return }
        guard try store.isInitialized() != false else { throw StoreError.notInitialized(path: store.location) }
        // The new login first: refused, it leaves the session (and its open record) as it was.
        let principal = try store.authenticate(login: login) { try password(prompt: text(.promptPassword, ["login": login])) }
        if let previous = session.principal { store.logOut(previous) }
        session.closeRecord()
        session.principal = principal
        let user = principal.user
        inform(.loggedIn, ["login": user.login, "name": user.fullName, "institution": user.institution.code,
                           "institutionName": user.institution.name, "year": session.year])
        warnIfRightsEndSoon(user)
    }

    /// Rights that end within 14 days: the date, and whom to ask for their renewal.
    private func warnIfRightsEndSoon(_ user: User) {
        guard let until = user.validUntil else { return }
        let days = until.dayNumber - configuration.clock.today().dayNumber
        guard (0...14).contains(days) else { return }
        let left = days == 0 ? Message(.rightsLastDay) : Message(.rightsDaysLeft, ["n": days])
        let values: [String: any TextArgument] = ["date": until, "left": left, "contact": user.institution.contact?.description ?? ""]
        warn(Message(user.institution.contact == nil ? ShellText.rightsEndSoon : ShellText.rightsEndSoonAsk, values))
    }

    /// A reporting year typed by the user: four digits, from the first accepted year to this one.
    func reportingYear(_ text: String) throws(ShellError) -> Int {
        let today = configuration.clock.today()
        guard let year = ReportingCalendar.year(text, today: today) else {
            throw .invalidYear(text, ReportingCalendar.acceptedYears(today: today))
        }
        return year
    }

    func setYear(_ text: String) throws {
        let year = try reportingYear(text)
        if let record = session.openRecord, record.year != year {
            try session.requireNoUnsavedChanges()
            session.closeRecord()
        }
        session.year = year
    }

    /// `reporting year 2019; deadline 2020-04-01 (30 days left)`.
    func yearSummary() -> String {
        text(.reportingYearLine, ["year": session.year, "deadline": deadlinePhrase()])
    }

    /// `deadline 2020-04-01 (30 days left)`, or one of the other ways the deadline stands.
    func deadlinePhrase() -> Message {
        let year = session.year
        let days = ReportingCalendar.daysLeft(for: year, today: configuration.clock.today())
        let deadline = ReportingCalendar.deadline(of: year)
        return switch days {
        case 0: Message(.deadlineToday, ["deadline": deadline])
        case 1...: Message(.deadlineDaysLeft, ["deadline": deadline, "n": days])
        default: Message(.deadlinePassed, ["deadline": deadline, "n": -days])
        }
    }
}
