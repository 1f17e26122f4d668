import PKCore
import PKStore

/// What a service card says besides its channels, and institutions' names and contact persons, on
/// PostgreSQL; the server's row-level security keeps each institution to its own.
extension PostgresTransaction {
    func renameInstitution(_ institution: Institution, to name: String) throws {
        try connection.query("UPDATE pks.institution SET name = $1 WHERE id = $2", [name, String(institution.id)])
    }

    func setContact(_ contact: InstitutionContact?, of institution: Institution) throws {
        try connection.query("UPDATE pks.institution SET contact_name = $1, contact_email = $2 WHERE id = $3",
                             [contact?.name, contact?.email, String(institution.id)])
    }

    func unpublish(_ service: Service) throws {
        try connection.query("UPDATE pks.service SET published_at = NULL WHERE id = $1", [String(service.id)])
    }

    func renameService(_ service: Service, to name: String) throws {
        try connection.query("UPDATE pks.service SET name = $1 WHERE id = $2", [name, String(service.id)])
    }

    func describeService(_ service: Service, as text: String?) throws {
        try connection.query("UPDATE pks.service SET description = $1 WHERE id = $2", [text, String(service.id)])
    }

    func deleteService(_ service: Service) throws {
        try connection.query("DELETE FROM pks.record WHERE service_id = $1 AND status = 'draft'", [String(service.id)])
        try connection.query("DELETE FROM pks.service WHERE id = $1", [String(service.id)])
    }

    func channelCards(of service: Service) throws -> [ChannelCard] {
        var rows = ChannelCardRows()
        _ = try connection.query("SELECT \(ChannelCardRows.contactColumns) FROM pks.service_channel WHERE service_id = $1",
                                 [String(service.id)]).rows { rows.readContact(&$0) }
        _ = try connection.query("SELECT \(ChannelCardRows.hoursColumns) FROM pks.channel_hours WHERE service_id = $1",
                                 [String(service.id)]).rows { rows.readPeriod(&$0) }
        return rows.cards(of: service)
    }

    func setContact(_ contact: String?, of channel: Channel, service: Service) throws {
        try connection.query("UPDATE pks.service_channel SET contact = $1 WHERE service_id = $2 AND channel = $3",
                             [contact, String(service.id), channel.key])
    }

    func setHours(_ hours: WorkingHours, of channel: Channel, service: Service) throws {
        try connection.query("DELETE FROM pks.channel_hours WHERE service_id = $1 AND channel = $2", [String(service.id), channel.key])
        guard !hours.isEmpty else { return }
        let periods = hours.periods
        func array(_ values: [Int]) -> String { "{" + values.map(String.init).joined(separator: ",") + "}" }
        try connection.query("""
            INSERT INTO pks.channel_hours (service_id, institution_id, channel, weekday, opens, closes)
            SELECT $1, $2, $3, unnest($4::int[]), unnest($5::int[]), unnest($6::int[])
            """, [String(service.id), String(service.institution.id), channel.key, array(periods.map(\.day.rawValue)),
                  array(periods.map(\.opens.minutes)), array(periods.map(\.closes.minutes))])
    }
}
