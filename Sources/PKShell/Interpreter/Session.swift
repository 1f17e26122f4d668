import PKCore
import PKStore

/// What the shell remembers between commands: who is logged in, the reporting year, the open record.
public final class Session {
    public internal(set) var principal: Principal?
    public internal(set) var year: Int
    /// The record being entered, with any changes not yet saved.
    public internal(set) var openRecord: StatisticsRecord?
    public internal(set) var hasUnsavedChanges = false

    init(year: Int) { self.year = year }

    /// The open record while it has unsaved changes.
    var unsavedRecord: StatisticsRecord? { hasUnsavedChanges ? openRecord : nil }
    /// The service of the open record while it has unsaved changes.
    var unsavedServiceID: Int64? { unsavedRecord?.service.id }

    /// Opens a record, replacing a previous one (callers check unsaved changes first).
    func open(_ record: StatisticsRecord, unsaved: Bool) {
        openRecord = record
        hasUnsavedChanges = unsaved
    }

    func closeRecord() {
        openRecord = nil
        hasUnsavedChanges = false
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
