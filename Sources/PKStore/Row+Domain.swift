import GRDB
import PKCore

/// Builds domain values from rows by column position (name lookups cost more than the query on
/// large lists); the domain types stay free of GRDB. Each `columns` list and its `init` go together.
extension Institution {
    static let columns = "institution.id, institution.code, institution.name"

    init(row: Columns, from index: Int) {
        self.init(id: row[index], code: row[index + 1], name: row[index + 2])
    }
}

extension User {
    static let select = """
        SELECT user.id, user.login, user.full_name, user.role, user.valid_until, user.closed_at,
               user.password_hash, \(Institution.columns)
        FROM user JOIN institution ON institution.id = user.institution_id
        """
    /// The position of `password_hash` in `select`.
    static let passwordHashColumn = 6

    init(row: Columns) {
        self.init(id: row[0], login: row[1], fullName: row[2], institution: Institution(row: row, from: 7),
                  role: Role(rawValue: row[3]) ?? .institutionUser,
                  validUntil: (row[4] as String?).flatMap(CalendarDate.init(iso:)),
                  isClosed: row[5] as String? != nil)
    }
}

extension Service {
    static let columns = """
        service.id, service.code, service.name, service.published_at,
        (SELECT group_concat(channel) FROM service_channel WHERE service_id = service.id),
        \(Institution.columns)
        """
    static let select = "SELECT \(columns) FROM service JOIN institution ON institution.id = service.institution_id"

    init(row: Columns, from index: Int = 0) {
        let channels = (row[index + 4] as String?)?.split(separator: ",").compactMap { Channel(rawValue: String($0)) }
        self.init(id: row[index], code: row[index + 1], name: row[index + 2], institution: Institution(row: row, from: index + 5),
                  channels: channels ?? [], isPublished: row[index + 3] as String? != nil)
    }
}
