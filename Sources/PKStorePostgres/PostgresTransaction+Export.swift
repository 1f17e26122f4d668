import PKCore
import PKStore

/// Exports on PostgreSQL.
extension PostgresTransaction {
    /// One query: the institution's records of the year, each joined with its channel rows, by service code
    /// in the order `records` uses (a record's rows stay adjacent: the code is unique).
    private static let exportSQL = """
        SELECT \(ExportRecordRows.list)
        FROM pks.record AS record JOIN pks.service AS service ON service.id = record.service_id
        JOIN pks.institution AS institution ON institution.id = record.institution_id
        LEFT JOIN pks.record_channel AS record_channel ON record_channel.record_id = record.id
            AND \(ExportRecordRows.countsEntered(tables: "pks."))
        WHERE record.institution_id = $1 AND record.year = $2 ORDER BY service.code_key COLLATE "C", record.id
        """

    /// The groups' queries pipelined (`PostgresConnection.pipelined`): the server runs the next institution's
    /// year while this one's rows are written.
    func exportRecords(_ groups: [RecordGroup], _ each: ([ExportRecord]) throws -> Void) throws {
        try connection.pipelined(Self.exportSQL, groups.map { [String($0.institutionID), String($0.year)] }) { result in
            var rows = ExportRecordRows()
            _ = result.rows { rows.read(&$0, each) }
            try rows.finish(each)
        }
    }
}
