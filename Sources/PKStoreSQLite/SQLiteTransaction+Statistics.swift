import GRDB
import PKCore
import PKStore

/// Services and statistics records on SQLite.
extension SQLiteTransaction {
    /// The channel list of the service in the current row, for `Projection.service`.
    static let channelList = "(SELECT group_concat(channel) FROM service_channel WHERE service_id = service.id)"
    static let service = Projection<Service>.service(channels: channelList)
    static let serviceSource = "FROM service JOIN institution ON institution.id = service.institution_id"

    func services(institution: Int64?) throws -> [Service] {
        guard let institution else { return try db.fetchAll(Self.service, Self.serviceSource + " ORDER BY service.code") }
        guard let owner = try db.fetchOne(.institution, "FROM institution WHERE id = ?", arguments: [institution]) else { return [] }
        return try db.fetchAll(.service(channels: Self.channelList, of: owner),
                               "FROM service WHERE service.institution_id = ? ORDER BY service.code", arguments: [institution])
    }

    private static let serviceByCode = service.select(serviceSource + " WHERE service.code = ?")
    private static let serviceByInstitutionAndCode = service.select(serviceSource + " WHERE service.institution_id = ? AND service.code = ?")

    func service(code: String, institution: Int64?) throws -> Service? {
        guard let institution else { return try db.fetchOne(Self.service, select: Self.serviceByCode, arguments: [code]) }
        return try db.fetchOne(Self.service, select: Self.serviceByInstitutionAndCode, arguments: [institution, code])
    }

    func service(id: Int64) throws -> Service? {
        try db.fetchOne(Self.service, Self.serviceSource + " WHERE service.id = ?", arguments: [id])
    }

    func insertService(code: String, name: String, institution: Int64) throws -> Service {
        guard try service(code: code, institution: nil) == nil else { throw StoreError.duplicateServiceCode(code) }
        try db.execute(cached: "INSERT INTO service (code, name, name_folded, institution_id) VALUES (?, ?, ?, ?)",
                       arguments: [code, name, TextFolding.fold(name), institution])
        return try service(id: db.lastInsertedRowID)!
    }

    func setChannels(_ channels: Set<Channel>, of service: Service) throws {
        for channel in Set(service.channels).subtracting(channels) {
            try db.execute(cached: "DELETE FROM service_channel WHERE service_id = ? AND channel = ?",
                           arguments: [service.id, channel.key])
        }
        for channel in channels.subtracting(service.channels) {
            try db.execute(cached: "INSERT INTO service_channel (service_id, channel) VALUES (?, ?)",
                           arguments: [service.id, channel.key])
        }
    }

    func publish(_ service: Service) throws {
        try db.execute(cached: "UPDATE service SET published_at = ? WHERE id = ?", arguments: [now, service.id])
    }

    func servicesMissingRecords(institution: Int64?, year: Int) throws -> [Service] {
        try db.fetchAll(Self.service, Self.serviceSource + """
             WHERE \(institution == nil ? "" : "service.institution_id = ? AND ")service.published_at IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM record WHERE record.service_id = service.id AND record.year = ?)
             ORDER BY service.code
            """, arguments: StatementArguments((institution.map { [$0] } ?? []) + [Int64(year)]))
    }

    static let institutionProgress = Projection<InstitutionProgress>.institutionProgress(year: "?1")

    func institutionProgress(year: Int) throws -> [InstitutionProgress] {
        try db.fetchAll(Self.institutionProgress, "FROM institution ORDER BY institution.code", arguments: [year])
    }

    /// The sums per institution that the database keeps (version 10), a few rows a channel, added up.
    func submittedChannelTotals(year: Int) throws -> [Channel: ChannelCounts] {
        var totals: [Channel: ChannelCounts] = [:]
        _ = try db.fetchAll(cached: """
            SELECT channel, sum(started), sum(completed) FROM submitted_channel_total WHERE year = ? GROUP BY channel
            """, arguments: [year]) { row in
            let channel = Channel(rawValue: row.text()), counts = ChannelCounts(started: row.int(), completed: row.int())
            if let channel { totals[channel] = counts }
        }
        return totals
    }

    static let record = Projection<StatisticsRecord>.record(channels: channelList)

    func records(_ filter: RecordFilter) throws -> [StatisticsRecord] {
        let (conditions, arguments) = Self.conditions(filter)
        let records = try db.fetchAll(Self.record, """
            \(Self.recordsFrom) WHERE \(conditions) ORDER BY service.code, record.year
            """, arguments: arguments)
        guard !records.isEmpty else { return [] }
        var counts: [Int64: [Channel: ChannelCounts]] = [:]
        _ = try db.fetchAll(cached: """
            SELECT record_id, channel, started, completed FROM record_channel
            WHERE record_id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + records.map { String($0.id!) }.joined(separator: ",") + "]"]) { row in
            let id = row.integer(), channel = Channel(rawValue: row.text())
            let channelCounts = ChannelCounts(started: row.int(), completed: row.int())
            if let channel { counts[id, default: [:]][channel] = channelCounts }
        }
        return records.map { $0.with(counts: counts[$0.id!] ?? [:]) }
    }

    func recordGroups(_ filter: RecordFilter) throws -> [RecordGroup] {
        let (conditions, arguments) = Self.conditions(RecordFilter(institution: filter.institutionID, year: filter.year))
        return try db.fetchAll(cached: """
            SELECT DISTINCT record.year, service.institution_id, institution.code \(Self.recordsFrom)
            WHERE \(conditions) ORDER BY record.year, institution.code
            """, arguments: arguments) { row in
            let year = row.int()
            return RecordGroup(institutionID: row.integer(), year: year)
        }
    }

    /// The WHERE clause of a filter, over `recordsFrom`, and its arguments.
    private static func conditions(_ filter: RecordFilter) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        for (column, value) in [("service.institution_id", filter.institutionID), ("record.service_id", filter.serviceID),
                                ("record.year", filter.year.map(Int64.init))] {
            guard let value else { continue }
            conditions.append("\(column) = ?")
            arguments += [value]
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }

    /// Records with their service and institution, services first (`CROSS JOIN` fixes SQLite's join order):
    /// an institution's or a service's records are found through its services, whatever the planner's
    /// statistics say — without `ANALYZE` it read every record of the year through the index by year.
    private static let recordsFrom = """
        FROM service CROSS JOIN record ON record.service_id = service.id
        JOIN institution ON institution.id = service.institution_id
        """

    func recordStatus(service: Int64, year: Int) throws -> RecordStatus? {
        try db.fetchText(cached: "SELECT status FROM record WHERE service_id = ? AND year = ?", arguments: [service, year])
            .flatMap(RecordStatus.init(rawValue:))
    }

    /// A record the service already has for the year is found by the table's unique (service, year), not by
    /// a query before the insert: one statement less on every save.
    func insertRecord(_ record: StatisticsRecord, by user: User) throws -> (id: Int64, updated: Timestamp) {
        let stamp = clock.now()
        var writer = try RecordWriter(db, by: user, at: stamp)
        return (try writer.insert([record])[0], stamp)
    }

    func insertRecords(_ records: [StatisticsRecord], by user: User) throws {
        var writer = try RecordWriter(db, by: user, at: clock.now())
        _ = try writer.insert(records)
    }

    func updateRecord(_ record: StatisticsRecord, by user: User) throws -> Timestamp? {
        let stamp = clock.now()
        var writer = try RecordWriter(db, by: user, at: stamp)
        return try writer.update(record) ? stamp : nil
    }

    func submitRecord(id: Int64, by user: User) throws {
        try db.execute(cached: """
            UPDATE record SET status = 'submitted', submitted_at = ?, updated_at = ?, updated_by = ?, revision = revision + 1
            WHERE id = ?
            """, arguments: [now, now, user.id, id])
    }

    func reopenRecord(id: Int64, by user: User) throws {
        try db.execute(cached: """
            UPDATE record SET status = 'draft', submitted_at = NULL, updated_at = ?, updated_by = ?, revision = revision + 1
            WHERE id = ? AND status = 'submitted'
            """, arguments: [now, user.id, id])
    }
}
