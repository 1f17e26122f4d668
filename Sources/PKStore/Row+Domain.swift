import GRDB
import PKCore

/// Builds domain values from rows; the domain types stay free of GRDB.
extension Institution {
    static let columns = "institution.id AS i_id, institution.code AS i_code, institution.name AS i_name"

    init(row: Row) {
        self.init(id: row["i_id"], code: row["i_code"], name: row["i_name"])
    }
}

extension User {
    static let select = """
        SELECT user.id, user.login, user.full_name, user.role, user.valid_until, user.closed_at,
               user.password_hash, \(Institution.columns)
        FROM user JOIN institution ON institution.id = user.institution_id
        """

    init(row: Row) {
        self.init(id: row["id"], login: row["login"], fullName: row["full_name"],
                  institution: Institution(row: row), role: Role(rawValue: row["role"]) ?? .institutionUser,
                  validUntil: (row["valid_until"] as String?).flatMap(CalendarDate.init(iso:)),
                  isClosed: row["closed_at"] as String? != nil)
    }
}

extension Service {
    static let select = """
        SELECT service.id, service.code, service.name, service.published_at,
               (SELECT group_concat(channel) FROM service_channel WHERE service_id = service.id) AS channels,
               \(Institution.columns)
        FROM service JOIN institution ON institution.id = service.institution_id
        """

    init(row: Row) {
        let channels = (row["channels"] as String?)?.split(separator: ",").compactMap { Channel(rawValue: String($0)) }
        self.init(id: row["id"], code: row["code"], name: row["name"], institution: Institution(row: row),
                  channels: channels ?? [], isPublished: row["published_at"] as String? != nil)
    }
}
