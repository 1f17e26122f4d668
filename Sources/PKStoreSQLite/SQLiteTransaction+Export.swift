import PKCore
import PKStore

/// Exports on SQLite.
extension SQLiteTransaction {
    /// One query: the institution's records of the year (found through its services), each joined with its
    /// channel rows by their primary key, by service code (a record's rows stay adjacent: the code is unique).
    /// `countsEntered` leaves out a channel's zeros that a description gave, not a user.
    private static let exportSQL = """
        SELECT \(ExportRecordRows.list)
        FROM service CROSS JOIN record ON record.service_id = service.id
        JOIN institution ON institution.id = service.institution_id
        LEFT JOIN record_channel ON record_channel.record_id = record.id AND \(ExportRecordRows.countsEntered(tables: ""))
        WHERE service.institution_id = ? AND record.year = ? ORDER BY service.code
        """

    func exportRecords(_ groups: [RecordGroup], _ each: ([ExportRecord]) throws -> Void) throws {
        for group in groups {
            var rows = ExportRecordRows()
            _ = try db.fetchAll(cached: Self.exportSQL, arguments: [group.institutionID, group.year]) { rows.read(&$0, each) }
            try rows.finish(each)
        }
    }
}
