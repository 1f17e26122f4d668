import PKCore

/// How rows become domain values, shared by every backend; each backend's SQL selects `list` from its
/// own tables (`service`, `institution`, …) under these names. Only the channel list of a service is
/// spelled differently by each engine, so it is handed in: an expression giving `e-latvija,klatiene`.
extension Projection where Value == Institution {
    public static let institution = Projection(["institution.id", "institution.code", "institution.name",
                                                "institution.contact_name", "institution.contact_email"]) { row in
        let id = row.integer(), code = row.text(), name = row.text()
        let contactName = row.nextText(), contactEmail = row.nextText()
        let contact = contactName.flatMap { name in contactEmail.map { InstitutionContact(name: name, email: $0) } }
        return Institution(id: id, code: code, name: name, contact: contact)
    }
}

extension Projection where Value == User {
    /// A user with their institution; `account` is the table of users.
    public static let user = Projection(
        ["account.id", "account.login", "account.full_name", "account.role", "account.valid_until", "account.closed_at"]
            + Projection<Institution>.institution.columns
    ) { row in
        let id = row.integer(), login = row.text(), fullName = row.text()
        let role = Role(rawValue: row.text()) ?? .institutionUser
        let validUntil = row.nextText().flatMap(CalendarDate.init(iso:))
        let isClosed = row.nextText() != nil
        return User(id: id, login: login, fullName: fullName, institution: Projection<Institution>.institution.read(&row),
                    role: role, validUntil: validUntil, isClosed: isClosed)
    }
}

extension Projection where Value == Service {
    /// A service description with its channels and institution.
    public static func service(channels: String) -> Projection {
        Projection(serviceColumns(channels) + Projection<Institution>.institution.columns) { row in
            readService(&row) { Projection<Institution>.institution.read(&$0) }
        }
    }

    /// Services of one institution, read before: its columns are not selected and read again for every service
    /// (an import reads all of an institution's services).
    public static func service(channels: String, of institution: Institution) -> Projection {
        Projection(serviceColumns(channels)) { row in readService(&row) { _ in institution } }
    }

    private static func serviceColumns(_ channels: String) -> [String] {
        ["service.id", "service.code", "service.name", "service.published_at", "service.description", channels]
    }

    /// A service's own columns, then its institution as `institution` reads it.
    private static func readService(_ row: inout any RowReader, institution: (inout any RowReader) -> Institution) -> Service {
        let id = row.integer(), code = row.text(), name = row.text()
        let isPublished = row.nextText() != nil
        let description = row.nextText()
        // Split among the bytes, not the characters: a String's split took 8,000 instructions a service (callgrind).
        let channels = row.nextText()?.utf8.split(separator: UInt8(ascii: ","))
            .compactMap { Channel(rawValue: String(Substring($0))) } ?? []
        return Service(id: id, code: code, name: name, institution: institution(&row),
                       channels: channels, isPublished: isPublished, description: description)
    }
}

extension Projection where Value == InstitutionProgress {
    /// An institution with counts of its services and of its records of one year, each a subquery over an index
    /// that ends in the institution (never a join of every service with its record): `year` is the query's
    /// placeholder for the year and `schema` the tables' prefix, in the engine's spelling. The published services
    /// missing their record: published services less the records of published ones (one a service and year).
    public static func institutionProgress(year: String, schema: String = "") -> Projection {
        func table(_ name: String) -> String { "\(schema)\(name) AS \(name)" }
        return Projection(Projection<Institution>.institution.columns + [
            "(SELECT count(*) FROM \(table("service")) WHERE service.institution_id = institution.id AND service.published_at IS NOT NULL)",
            "(SELECT count(*) FROM \(table("record")) WHERE record.year = \(year) AND record.institution_id = institution.id)",
            """
            (SELECT count(*) FROM \(table("record")) WHERE record.year = \(year) AND record.institution_id = institution.id
                AND record.status = 'submitted')
            """,
            """
            (SELECT count(*) FROM \(table("service")) JOIN \(table("record")) ON record.service_id = service.id AND record.year = \(year)
                WHERE service.institution_id = institution.id AND service.published_at IS NULL)
            """,
        ]) { row in
            let institution = Projection<Institution>.institution.read(&row)
            let published = row.int(), records = row.int(), submitted = row.int(), unpublishedRecords = row.int()
            return InstitutionProgress(institution: institution, published: published, records: records, submitted: submitted,
                                       missing: published - (records - unpublishedRecords))
        }
    }
}

extension Projection where Value == StatisticsRecord {
    /// A record without its counts (a second query brings them), with its service.
    public static func record(channels: String) -> Projection {
        let service = Projection<Service>.service(channels: channels)
        return Projection([
            "record.id", "record.year", "record.status", "record.complaints", "record.delays",
            "record.indicators_computed", "record.success", "record.usage",
            "record.e_started", "record.e_completed", "record.all_started", "record.updated_at", "record.revision",
        ] + service.columns) { row in
            let id = row.integer(), year = row.int()
            let status = RecordStatus(rawValue: row.text()) ?? .draft
            let complaints = row.int(), delays = row.int()
            let indicators = QualityIndicators.stored(&row)
            let updated = row.nextText().flatMap(Timestamp.init(iso:))
            let revision = row.int()
            return StatisticsRecord(id: id, service: service.read(&row), year: year, status: status, counts: [:],
                                    complaints: complaints, delays: delays, indicators: indicators, updated: updated,
                                    revision: revision)
        }
    }
}

extension StatisticsRecord {
    /// The record's own columns that a save writes, after `status`; `storedNumbers` gives their values.
    public static let storedNumberColumns = ["complaints", "delays", "indicators_computed", "indicators_stale", "success",
                                             "usage", "e_started", "e_completed", "all_started"]

    /// The values of `storedNumberColumns`, in their order.
    public var storedNumbers: [Int64?] {
        let computed = indicators
        return [Int64(complaints), Int64(delays), computed != nil ? 1 : 0, indicatorsStale ? 1 : 0,
                computed?.success.percent.map { Int64($0.hundredths) }, computed?.usage.percent.map { Int64($0.hundredths) },
                computed.map { Int64($0.eStarted) }, computed.map { Int64($0.eCompleted) }, computed.map { Int64($0.allStarted) }]
    }
}

extension QualityIndicators {
    /// Indicators as a record stores them, from six columns: whether computed, success and usage in hundredths
    /// (NULL: not computable), and the three sums; nil when never computed.
    static func stored(_ row: inout any RowReader) -> QualityIndicators? {
        let computed = row.nextBool(), success = row.nextInt(), usage = row.nextInt()
        let eStarted = row.int(), eCompleted = row.int(), allStarted = row.int()
        func value(_ hundredths: Int?) -> IndicatorValue { hundredths.map { .percent(Percent(hundredths: $0)) } ?? .notComputable }
        return computed ? QualityIndicators(success: value(success), usage: value(usage), eStarted: eStarted,
                                            eCompleted: eCompleted, allStarted: allStarted) : nil
    }
}
