import GRDB
import PKCore
import PKStore

/// What a service card says besides its channels, and institutions' names and contact persons, on SQLite.
extension SQLiteTransaction {
    func renameInstitution(_ institution: Institution, to name: String) throws {
        try db.execute(cached: "UPDATE institution SET name = ? WHERE id = ?", arguments: [name, institution.id])
    }

    func setContact(_ contact: InstitutionContact?, of institution: Institution) throws {
        try db.execute(cached: "UPDATE institution SET contact_name = ?, contact_email = ? WHERE id = ?",
                       arguments: [contact?.name, contact?.email, institution.id])
    }

    func unpublish(_ service: Service) throws {
        try db.execute(cached: "UPDATE service SET published_at = NULL WHERE id = ?", arguments: [service.id])
    }

    func renameService(_ service: Service, to name: String) throws {
        try db.execute(cached: "UPDATE service SET name = ?, name_folded = ? WHERE id = ?",
                       arguments: [name, TextFolding.fold(name), service.id])
    }

    func describeService(_ service: Service, as text: String?) throws {
        try db.execute(cached: "UPDATE service SET description = ? WHERE id = ?", arguments: [text, service.id])
    }

    func deleteService(_ service: Service) throws {
        try db.execute(cached: "DELETE FROM record WHERE service_id = ? AND status = 'draft'", arguments: [service.id])
        try db.execute(cached: "DELETE FROM service WHERE id = ?", arguments: [service.id])
    }

    func channelCards(of service: Service) throws -> [ChannelCard] {
        var rows = ChannelCardRows()
        _ = try db.fetchAll(cached: "SELECT \(ChannelCardRows.contactColumns) FROM service_channel WHERE service_id = ?",
                            arguments: [service.id]) { rows.readContact(&$0) }
        _ = try db.fetchAll(cached: "SELECT \(ChannelCardRows.hoursColumns) FROM channel_hours WHERE service_id = ?",
                            arguments: [service.id]) { rows.readPeriod(&$0) }
        return rows.cards(of: service)
    }

    func setContact(_ contact: String?, of channel: Channel, service: Service) throws {
        try db.execute(cached: "UPDATE service_channel SET contact = ? WHERE service_id = ? AND channel = ?",
                       arguments: [contact, service.id, channel.key])
    }

    func setHours(_ hours: WorkingHours, of channel: Channel, service: Service) throws {
        try db.execute(cached: "DELETE FROM channel_hours WHERE service_id = ? AND channel = ?", arguments: [service.id, channel.key])
        for period in hours.periods {
            try db.execute(cached: """
                INSERT INTO channel_hours (service_id, channel, weekday, opens, closes) VALUES (?, ?, ?, ?, ?)
                """, arguments: [service.id, channel.key, period.day.rawValue, period.opens.minutes, period.closes.minutes])
        }
    }
}
