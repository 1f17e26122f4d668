import GRDB
import PKCore
import PKStore

/// Writes drafts and their counts through statements prepared once, the values bound straight
/// (`RowWriter`): what a save does once and an import thousands of times in one transaction.
struct RecordWriter {
    private let db: Database
    private let user: User
    private let stamp: String
    private var recordInsert: RowWriter

    init(_ db: Database, by user: User, at stamp: Timestamp) throws {
        self.db = db
        self.user = user
        self.stamp = stamp.description
        recordInsert = try RowWriter(db, Self.insertSQL)
    }

    /// Inserts new drafts at revision 1 with their counts; their ids. Throws `recordExists` when a service has
    /// a record of the year (the table's unique (service, year) finds it).
    mutating func insert(_ records: [StatisticsRecord]) throws -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(records.count)
        for record in records {
            Self.bindNumbers(of: record, stamp: stamp, user: user, to: &recordInsert)
            recordInsert.bind(record.service.id)
            recordInsert.bind(record.service.institution.id)
            recordInsert.bind(record.year)
            do {
                try recordInsert.run()
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw StoreError.recordExists(code: record.service.code, year: record.year)
            }
            ids.append(db.lastInsertedRowID)
        }
        try insertCounts(of: records, ids: ids)
        return ids
    }

    /// Updates a draft stored at `record.revision` and replaces its counts; false when no draft is stored at
    /// that revision.
    mutating func update(_ record: StatisticsRecord) throws -> Bool {
        var update = try RowWriter(db, Self.updateSQL)
        Self.bindNumbers(of: record, stamp: stamp, user: user, to: &update)
        update.bind(record.id)
        update.bind(record.service.id)
        update.bind(record.revision)
        try update.run()
        guard db.changesCount == 1, let id = record.id else { return false }
        try db.execute(cached: "DELETE FROM record_channel WHERE record_id = ?", arguments: [id])
        try insertCounts(of: [record], ids: [id])
        return true
    }

    private func insertCounts(of records: [StatisticsRecord], ids: [Int64]) throws {
        var rows = RowBatch(db, "INSERT INTO record_channel (record_id, channel, started, completed) VALUES", row: "(?, ?, ?, ?)",
                            count: records.reduce(0) { $0 + $1.counts.count })
        for (record, id) in zip(records, ids) {
            for (channel, counts) in record.counts {
                try rows.add { row in
                    row.bind(id)
                    row.bind(channel.key)
                    row.bind(counts.started)
                    row.bind(counts.completed)
                }
            }
        }
    }

    /// The record's own numbers, then who wrote it when: the parameters both statements begin with.
    private static func bindNumbers(of record: StatisticsRecord, stamp: String, user: User, to writer: inout RowWriter) {
        for number in record.storedNumbers { writer.bind(number) }
        writer.bind(stamp)
        writer.bind(user.id)
    }

    /// The statements of a save, made once: building their text for every save was a cost of its own.
    private static let insertSQL = """
        INSERT INTO record (status, \(StatisticsRecord.storedNumberColumns.joined(separator: ", ")), updated_at, updated_by, service_id, institution_id, year, revision)
        VALUES ('draft', \(StatisticsRecord.storedNumberColumns.map { _ in "?" }.joined(separator: ", ")), ?, ?, ?, ?, ?, 1)
        """
    private static let updateSQL = """
        UPDATE record SET \(StatisticsRecord.storedNumberColumns.map { "\($0) = ?" }.joined(separator: ", ")), updated_at = ?, updated_by = ?, revision = revision + 1
        WHERE id = ? AND service_id = ? AND revision = ? AND status = 'draft'
        """
}
