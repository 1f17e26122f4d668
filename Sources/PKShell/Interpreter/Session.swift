import PKCore
import PKStore

/// What the shell remembers between commands: who is logged in, the reporting year, the open record.
public final class Session {
    public internal(set) var principal: Principal?
    public internal(set) var year: Int
    /// The record being entered, with any changes not yet saved.
    public internal(set) var openRecord: StatisticsRecord?
    /// The open record as last read or saved; nil for a new one not yet saved.
    private var savedRecord: StatisticsRecord?

    /// Whether the open record differs from what is saved: a count set to the value it has is no change.
    public var hasUnsavedChanges: Bool { openRecord.map { $0 != savedRecord } ?? false }

    init(year: Int) { self.year = year }

    /// The open record while it has unsaved changes.
    var unsavedRecord: StatisticsRecord? { hasUnsavedChanges ? openRecord : nil }
    /// The service of the open record while it has unsaved changes.
    var unsavedServiceID: Int64? { unsavedRecord?.service.id }

    /// Opens a record, replacing a previous one (callers check unsaved changes first): as read or saved, or
    /// (`unsaved`) as changed from what was saved of it, if anything was.
    func open(_ record: StatisticsRecord, unsaved: Bool) {
        if !unsaved {
            savedRecord = record
        } else if let saved = savedRecord, saved.service.id != record.service.id || saved.year != record.year {
            savedRecord = nil
        }
        openRecord = record
    }

    /// The open record, and what is saved of it, see the description as it is now.
    func refresh(_ service: Service) {
        guard openRecord?.service.id == service.id else { return }
        openRecord?.service = service
        savedRecord?.service = service
    }

    func closeRecord() {
        openRecord = nil
        savedRecord = nil
    }

    /// Refuses when the open record has unsaved changes.
    func requireNoUnsavedChanges() throws(ShellError) {
        if hasUnsavedChanges, let record = openRecord {
            throw .unsavedChanges(code: record.service.code, year: record.year)
        }
    }

    func requirePrincipal() throws(ShellError) -> Principal {
        guard let principal else { throw .notLoggedIn }
        return principal
    }

    func requireOpenRecord() throws(ShellError) -> StatisticsRecord {
        guard let openRecord else { throw .noOpenRecord }
        return openRecord
    }
}
