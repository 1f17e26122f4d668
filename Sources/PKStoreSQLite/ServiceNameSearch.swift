import GRDB
import PKCore
import PKStore

/// Services found by part of their name without reading them all: each service keeps its name folded
/// (`TextFolding.fold`: no case, no diacritics) in `name_folded`, which an FTS5 table with the trigram tokenizer
/// indexes, so any part of three letters or more is looked up in the index. SQLite folds nothing itself; the
/// backend writes the folded name with the name.
enum ServiceNameSearch {
    /// Schema version 8: the column, filled for the services there are, its trigram index kept in step by
    /// triggers, and the institution's services by folded name.
    static func create(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE service ADD COLUMN name_folded TEXT NOT NULL DEFAULT ''")
        let names = try Row.fetchAll(db, sql: "SELECT id, name FROM service")
        for row in names {
            try db.execute(sql: "UPDATE service SET name_folded = ? WHERE id = ?",
                           arguments: [TextFolding.fold(row["name"]), row["id"] as Int64])
        }
        try db.execute(sql: """
            DROP INDEX service_by_institution;
            CREATE INDEX service_by_institution ON service(institution_id, name_folded);
            CREATE VIRTUAL TABLE service_name_search USING fts5(
                name_folded, content = 'service', content_rowid = 'id', tokenize = 'trigram');
            INSERT INTO service_name_search (service_name_search) VALUES ('rebuild');
            CREATE TRIGGER service_name_search_insert AFTER INSERT ON service BEGIN
                INSERT INTO service_name_search (rowid, name_folded) VALUES (NEW.id, NEW.name_folded);
            END;
            CREATE TRIGGER service_name_search_delete AFTER DELETE ON service BEGIN
                INSERT INTO service_name_search (service_name_search, rowid, name_folded) VALUES ('delete', OLD.id, OLD.name_folded);
            END;
            CREATE TRIGGER service_name_search_update AFTER UPDATE OF name_folded ON service BEGIN
                INSERT INTO service_name_search (service_name_search, rowid, name_folded) VALUES ('delete', OLD.id, OLD.name_folded);
                INSERT INTO service_name_search (rowid, name_folded) VALUES (NEW.id, NEW.name_folded);
            END;
            """)
    }

    /// The shortest part the trigram index finds; a shorter one is looked for by reading every folded name.
    static let shortestIndexedPart = 3

    /// An FTS5 phrase (in double quotes, inner ones doubled), which matches its text anywhere in a name.
    static func phrase(_ folded: String) -> String {
        "\"" + folded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension SQLiteTransaction {
    func serviceNames(institution: Int64?) throws -> [ServiceName] {
        guard let institution else { return try db.fetchAll(Projection<ServiceName>.serviceName, "FROM service") }
        return try db.fetchAll(Projection<ServiceName>.serviceName, "FROM service WHERE institution_id = ?", arguments: [institution])
    }

    /// One institution's services are found by reading its folded names (its index covers them); the whole
    /// catalogue's through the trigram index, which stops at `limit` matches.
    func services(institution: Int64?, namePart: String, limit: Int) throws -> [Service] {
        let folded = TextFolding.fold(namePart)
        if let institution {
            return try db.fetchAll(Self.service, Self.serviceSource + """
                 WHERE service.institution_id = ? AND instr(service.name_folded, ?) > 0 ORDER BY service.code LIMIT ?
                """, arguments: [institution, folded, limit])
        }
        guard folded.count >= ServiceNameSearch.shortestIndexedPart else {
            return try db.fetchAll(Self.service, Self.serviceSource + """
                 WHERE instr(service.name_folded, ?) > 0 ORDER BY service.code LIMIT ?
                """, arguments: [folded, limit])
        }
        return try db.fetchAll(Self.service, Self.serviceSource + """
             WHERE service.id IN (SELECT rowid FROM service_name_search WHERE service_name_search MATCH ? LIMIT ?)
             ORDER BY service.code
            """, arguments: [ServiceNameSearch.phrase(folded), limit])
    }
}
