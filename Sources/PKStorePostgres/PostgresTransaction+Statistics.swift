import PKCore
import PKStore

/// Services and statistics records on PostgreSQL.
extension PostgresTransaction {
    /// The channel list of the service in the current row, for `Projection.service`.
    static let channelList = "(SELECT string_agg(channel, ',') FROM pks.service_channel WHERE service_id = service.id)"
    static let service = Projection<Service>.service(channels: channelList)
    static let serviceSource = "FROM pks.service AS service JOIN pks.institution AS institution ON institution.id = service.institution_id"

    func services(institution: Int64?) throws -> [Service] {
        guard let institution else { return try connection.fetchAll(Self.service, Self.serviceSource + " ORDER BY service.code_key COLLATE \"C\"") }
        guard let owner = try connection.fetchOne(.institution, "FROM pks.institution AS institution WHERE institution.id = $1",
                                                  [String(institution)]) else { return [] }
        return try connection.fetchAll(.service(channels: Self.channelList, of: owner), """
            FROM pks.service AS service WHERE service.institution_id = $1 ORDER BY service.code_key COLLATE "C"
            """, [String(institution)])
    }

    func service(code: String, institution: Int64?) throws -> Service? {
        guard let institution else {
            return try connection.fetchOne(Self.service, Self.serviceSource + " WHERE service.code_key = lower($1)", [code])
        }
        return try connection.fetchOne(Self.service, Self.serviceSource + """
             WHERE service.institution_id = $1 AND service.code_key = lower($2)
            """, [String(institution), code])
    }

    func service(id: Int64) throws -> Service? {
        try connection.fetchOne(Self.service, Self.serviceSource + " WHERE service.id = $1", [String(id)])
    }

    func insertService(code: String, name: String, institution: Int64) throws -> Service {
        do {
            let id = try connection.query("INSERT INTO pks.service (code, name, institution_id) VALUES ($1, $2, $3) RETURNING id",
                                          [code, name, String(institution)]).integer!
            return try service(id: id)!
        } catch let error as PostgresError where error.sqlState == PostgresError.uniqueViolation {
            throw StoreError.duplicateServiceCode(code)
        }
    }

    func setChannels(_ channels: Set<Channel>, of service: Service) throws {
        let list = "{" + channels.map(\.key).sorted().joined(separator: ",") + "}"
        try connection.query("DELETE FROM pks.service_channel WHERE service_id = $1 AND channel <> ALL($2::text[])",
                             [String(service.id), list])
        try connection.query("""
            INSERT INTO pks.service_channel (service_id, institution_id, channel) SELECT $1, $2, unnest($3::text[])
            ON CONFLICT (service_id, channel) DO NOTHING
            """, [String(service.id), String(service.institution.id), list])
    }

    func publish(_ service: Service) throws {
        try connection.query("UPDATE pks.service SET published_at = pks.now() WHERE id = $1", [String(service.id)])
    }

    func servicesMissingRecords(institution: Int64?, year: Int) throws -> [Service] {
        try connection.fetchAll(Self.service, Self.serviceSource + """
             WHERE \(institution == nil ? "" : "service.institution_id = $2 AND ")service.published_at IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM pks.record AS record WHERE record.service_id = service.id AND record.year = $1)
             ORDER BY service.code_key COLLATE "C"
            """, [String(year)] + (institution.map { [String($0)] } ?? []))
    }

    static let institutionProgress = Projection<InstitutionProgress>.institutionProgress(year: "$1", schema: "pks.")

    func institutionProgress(year: Int) throws -> [InstitutionProgress] {
        try connection.fetchAll(Self.institutionProgress, "FROM pks.institution AS institution ORDER BY institution.code", [String(year)])
    }

    /// The sums per institution that the server keeps (version 10), a few rows a channel, added up.
    func submittedChannelTotals(year: Int) throws -> [Channel: ChannelCounts] {
        var totals: [Channel: ChannelCounts] = [:]
        _ = try connection.query("""
            SELECT channel, sum(started), sum(completed) FROM pks.submitted_channel_total WHERE year = $1 GROUP BY channel
            """, [String(year)]).rows { row in
            let channel = Channel(rawValue: row.text()), counts = ChannelCounts(started: row.int(), completed: row.int())
            if let channel { totals[channel] = counts }
        }
        return totals
    }

    static let record = Projection<StatisticsRecord>.record(channels: channelList)

    func records(_ filter: RecordFilter) throws -> [StatisticsRecord] {
        let (conditions, parameters) = Self.conditions(filter)
        let records = try connection.fetchAll(Self.record, """
            FROM pks.record AS record JOIN pks.service AS service ON service.id = record.service_id
            JOIN pks.institution AS institution ON institution.id = service.institution_id
            WHERE \(conditions) ORDER BY service.code_key COLLATE "C", record.year\(filter.forUpdate ? " FOR UPDATE OF record" : "")
            """, parameters)
        guard !records.isEmpty else { return [] }
        var counts: [Int64: [Channel: ChannelCounts]] = [:]
        _ = try connection.query("""
            SELECT record_id, channel, started, completed FROM pks.record_channel WHERE record_id = ANY($1::bigint[])
            """, ["{" + records.map { String($0.id!) }.joined(separator: ",") + "}"]).rows { row in
            let id = row.integer(), channel = Channel(rawValue: row.text())
            let channelCounts = ChannelCounts(started: row.int(), completed: row.int())
            if let channel { counts[id, default: [:]][channel] = channelCounts }
        }
        return records.map { $0.with(counts: counts[$0.id!] ?? [:]) }
    }

    func recordGroups(_ filter: RecordFilter) throws -> [RecordGroup] {
        let (conditions, parameters) = Self.conditions(RecordFilter(institution: filter.institutionID, year: filter.year))
        return try connection.query("""
            SELECT record.year, record.institution_id FROM pks.record AS record
            JOIN pks.institution AS institution ON institution.id = record.institution_id
            WHERE \(conditions)
            GROUP BY record.year, record.institution_id, institution.code_key
            ORDER BY record.year, institution.code_key COLLATE "C"
            """, parameters).rows { row in
            let year = row.int()
            return RecordGroup(institutionID: row.integer(), year: year)
        }
    }

    /// The WHERE clause of a filter over `pks.record AS record`, and its parameters.
    private static func conditions(_ filter: RecordFilter) -> (String, [String?]) {
        var conditions: [String] = []
        var parameters: [String?] = []
        for (column, value) in [("record.institution_id", filter.institutionID), ("record.service_id", filter.serviceID),
                                ("record.year", filter.year.map(Int64.init))] {
            guard let value else { continue }
            parameters.append(String(value))
            conditions.append("\(column) = $\(parameters.count)")
        }
        return (conditions.isEmpty ? "true" : conditions.joined(separator: " AND "), parameters)
    }

    func recordStatus(service: Int64, year: Int) throws -> RecordStatus? {
        try connection.query("SELECT status FROM pks.record WHERE service_id = $1 AND year = $2", [String(service), String(year)])
            .text.flatMap(RecordStatus.init(rawValue:))
    }

    private static let numberColumns = StatisticsRecord.storedNumberColumns.joined(separator: ", ")
    private static let numberAssignments = StatisticsRecord.storedNumberColumns.enumerated()
        .map { "\($0.element) = $\($0.offset + 1)" }.joined(separator: ", ")
    private static let afterNumbers = StatisticsRecord.storedNumberColumns.count

    private static func numbers(_ record: StatisticsRecord) -> [String?] { record.storedNumbers.map { $0.map(String.init) } }

    func insertRecord(_ record: StatisticsRecord, by user: User) throws -> (id: Int64, updated: Timestamp) {
        let inserted = try insert([record], by: user)[0]
        return (inserted.id, inserted.updated)
    }

    func insertRecords(_ records: [StatisticsRecord], by user: User) throws {
        _ = try insert(records, by: user)
    }

    /// New drafts and their counts in two statements whatever their number, each column's values in one
    /// array: a statement per record was a round trip to the server each. A record whose service has one
    /// for the year already is `recordExists`.
    private func insert(_ records: [StatisticsRecord], by user: User) throws -> [(id: Int64, updated: Timestamp)] {
        guard !records.isEmpty else { return [] }
        let numbers = records.map(\.storedNumbers)
        let columns = StatisticsRecord.storedNumberColumns
        let n = columns.count
        let inserted = try connection.query("""
            INSERT INTO pks.record (status, \(Self.numberColumns), updated_at, updated_by, service_id, institution_id, year, revision)
            SELECT 'draft', \(Self.numberColumns), pks.now(), $\(n + 1), service_id, institution_id, year, 1
            FROM unnest(\(columns.indices.map { "$\($0 + 1)::bigint[]" }.joined(separator: ", ")), $\(n + 2)::bigint[],
                        $\(n + 3)::bigint[], $\(n + 4)::integer[]) AS new (\(Self.numberColumns), service_id, institution_id, year)
            ON CONFLICT ON CONSTRAINT record_once_a_year DO NOTHING
            RETURNING id, updated_at, service_id, year
            """, columns.indices.map { column in PostgresArray.literal(numbers.map { $0[column].map(String.init) }) }
                + [String(user.id), PostgresArray.literal(records.map { String($0.service.id) }),
                   PostgresArray.literal(records.map { String($0.service.institution.id) }),
                   PostgresArray.literal(records.map { String($0.year) })])
            .rows { row in (row.integer(), row.nextText().flatMap(Timestamp.init(iso:)), row.integer(), row.nextInt() ?? 0) }
        var stored: [Int64: [Int: (id: Int64, updated: Timestamp)]] = [:]  // by service and year
        for (id, updated, service, year) in inserted { stored[service, default: [:]][year] = (id, updated!) }
        let rows = try records.map { record in
            guard let row = stored[record.service.id]?[record.year] else {
                throw StoreError.recordExists(code: record.service.code, year: record.year)
            }
            return row
        }
        try insertCounts(of: Array(zip(records, rows.map(\.id))))
        return rows
    }

    func updateRecord(_ record: StatisticsRecord, by user: User) throws -> Timestamp? {
        let n = Self.afterNumbers
        let updated = try connection.query("""
            UPDATE pks.record SET \(Self.numberAssignments), updated_by = $\(n + 1), revision = revision + 1
            WHERE id = $\(n + 2) AND service_id = $\(n + 3) AND revision = $\(n + 4) AND status = 'draft'
            RETURNING updated_at
            """, Self.numbers(record) + [String(user.id), String(record.id!), String(record.service.id), String(record.revision)])
        guard let stamp = updated.text.flatMap(Timestamp.init(iso:)) else { return nil }
        try connection.query("DELETE FROM pks.record_channel WHERE record_id = $1", [String(record.id!)])
        try insertCounts(of: [(record, record.id!)])
        return stamp
    }

    /// The counts of records, every channel of every one in one statement.
    private func insertCounts(of records: [(record: StatisticsRecord, id: Int64)]) throws {
        let rows = records.flatMap { record, id in record.counts.map { (id, record.service.institution.id, $0.key, $0.value) } }
        guard !rows.isEmpty else { return }
        try connection.query("""
            INSERT INTO pks.record_channel (record_id, institution_id, channel, started, completed)
            SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::integer[], $5::integer[])
            """, [PostgresArray.literal(rows.map { String($0.0) }), PostgresArray.literal(rows.map { String($0.1) }),
                  PostgresArray.literal(rows.map { $0.2.key }), PostgresArray.literal(rows.map { String($0.3.started) }),
                  PostgresArray.literal(rows.map { String($0.3.completed) })])
    }

    func submitRecord(id: Int64, by user: User) throws {
        try connection.query("UPDATE pks.record SET status = 'submitted', updated_by = $1, revision = revision + 1 WHERE id = $2",
                             [String(user.id), String(id)])
    }

    func reopenRecord(id: Int64, by user: User) throws {
        try connection.query("""
            UPDATE pks.record SET status = 'draft', updated_by = $1, revision = revision + 1 WHERE id = $2 AND status = 'submitted'
            """, [String(user.id), String(id)])
    }
}
