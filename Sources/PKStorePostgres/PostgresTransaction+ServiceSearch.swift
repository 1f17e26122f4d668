import PKCore
import PKStore

/// Services by part of their name, and the codes and names TAB completes, on PostgreSQL; the server's
/// row-level security applies to the folded names as to every other column.
extension PostgresTransaction {
    func serviceNames(institution: Int64?) throws -> [ServiceName] {
        let names = Projection<ServiceName>.serviceName
        guard let institution else { return try connection.fetchAll(names, "FROM pks.service AS service") }
        return try connection.fetchAll(names, "FROM pks.service AS service WHERE service.institution_id = $1", [String(institution)])
    }

    /// One institution's services are found by reading its folded names (its index covers them); the whole
    /// catalogue's through the trigram index that `pks.services_named` reads (schema version 11), which stops
    /// at `limit` matches.
    func services(institution: Int64?, namePart: String, limit: Int) throws -> [Service] {
        guard let institution else {
            return try connection.fetchAll(Self.service, Self.serviceSource + """
                 WHERE service.id = ANY (ARRAY(SELECT pks.services_named($1, $2)))
                 ORDER BY service.code_key COLLATE "C"
                """, [namePart, String(limit)])
        }
        return try connection.fetchAll(Self.service, Self.serviceSource + """
             WHERE service.institution_id = $3 AND strpos(service.name_folded, \(PostgresMigrations.folded("$1"))) > 0
             ORDER BY service.code_key COLLATE "C" LIMIT $2
            """, [namePart, String(limit), String(institution)])
    }
}
