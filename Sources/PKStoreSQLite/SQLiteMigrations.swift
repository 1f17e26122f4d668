import GRDB
import PKCore

/// The SQLite schema, one registered migration per version; never edit a migration that has shipped.
/// `PKStorePostgres/PostgresMigrations.swift` keeps the same versions for PostgreSQL, side by side.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: accounts, services, statistics") { db in
            let channels = Channel.allCases.map { "'\($0.key)'" }.joined(separator: ", ")
            func count(_ column: String) -> String {
                "\(column) INTEGER NOT NULL CHECK (\(column) BETWEEN 0 AND \(Count.maximum))"
            }
            try db.execute(sql: """
                CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE institution (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    name TEXT NOT NULL);
                CREATE TABLE user (
                    id INTEGER PRIMARY KEY,
                    login TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    full_name TEXT NOT NULL,
                    institution_id INTEGER NOT NULL REFERENCES institution(id),
                    role TEXT NOT NULL CHECK (role IN ('admin', 'user')),
                    valid_until TEXT,
                    closed_at TEXT,
                    password_hash TEXT NOT NULL,
                    created_at TEXT NOT NULL);
                CREATE TABLE service (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    name TEXT NOT NULL,
                    institution_id INTEGER NOT NULL REFERENCES institution(id),
                    published_at TEXT);
                CREATE INDEX service_by_institution ON service(institution_id);
                CREATE TABLE service_channel (
                    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
                    channel TEXT NOT NULL CHECK (channel IN (\(channels))),
                    PRIMARY KEY (service_id, channel)) WITHOUT ROWID;
                CREATE TABLE record (
                    id INTEGER PRIMARY KEY,
                    service_id INTEGER NOT NULL REFERENCES service(id),
                    year INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
                    \(count("complaints")),
                    \(count("delays")),
                    indicators_computed INTEGER NOT NULL DEFAULT 0,
                    indicators_stale INTEGER NOT NULL DEFAULT 0,
                    success INTEGER,
                    usage INTEGER,
                    e_started INTEGER,
                    e_completed INTEGER,
                    all_started INTEGER,
                    updated_at TEXT NOT NULL,
                    updated_by INTEGER NOT NULL REFERENCES user(id),
                    submitted_at TEXT,
                    revision INTEGER NOT NULL,
                    UNIQUE (service_id, year));
                CREATE INDEX record_by_year ON record(year);
                CREATE TABLE record_channel (
                    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
                    channel TEXT NOT NULL CHECK (channel IN (\(channels))),
                    \(count("started")),
                    \(count("completed")),
                    PRIMARY KEY (record_id, channel)) WITHOUT ROWID;
                """)
            try createReadOnlyTriggers(db)
        }
        migrator.registerMigration("v2: audit trail, failed logins") { db in
            try db.execute(sql: """
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    user_id INTEGER NOT NULL REFERENCES user(id),
                    institution_id INTEGER REFERENCES institution(id),
                    service_code TEXT,
                    year INTEGER,
                    action TEXT NOT NULL,
                    detail TEXT NOT NULL);
                CREATE INDEX audit_by_institution ON audit(institution_id, id);
                CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                CREATE TABLE login_failure (
                    login TEXT PRIMARY KEY COLLATE NOCASE,
                    failures INTEGER NOT NULL,
                    last_failure_at TEXT NOT NULL) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3: users in account, as on PostgreSQL") { db in
            // `user` is a reserved word in PostgreSQL: one name in both engines keeps their SQL alike.
            try db.execute(sql: "ALTER TABLE user RENAME TO account")
        }
        migrator.registerMigration("v4: who holds the database, trusted terminals") { db in
            // SQLite's alone: one writer at a time (who holds the file, for those who wait), and pks's own
            // slow-down of password guessing (a terminal where a login once succeeded is not slowed down).
            try db.execute(sql: """
                CREATE TABLE database_holder (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    process INTEGER NOT NULL,
                    person TEXT NOT NULL,
                    purpose TEXT NOT NULL,
                    since TEXT NOT NULL);
                CREATE TABLE trusted_terminal (
                    login TEXT NOT NULL COLLATE NOCASE,
                    terminal TEXT NOT NULL,
                    since TEXT NOT NULL,
                    PRIMARY KEY (login, terminal)) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v5: service cards, institution contacts") { db in
            // A channel's working hours are periods, one row each, that the database checks for valid times.
            try db.execute(sql: """
                ALTER TABLE service ADD COLUMN description TEXT;
                ALTER TABLE service_channel ADD COLUMN contact TEXT;
                CREATE TABLE channel_hours (
                    service_id INTEGER NOT NULL,
                    channel TEXT NOT NULL,
                    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                    opens INTEGER NOT NULL CHECK (opens BETWEEN 0 AND 1439),
                    closes INTEGER NOT NULL CHECK (closes > opens AND closes <= 1440),
                    PRIMARY KEY (service_id, channel, weekday, opens),
                    FOREIGN KEY (service_id, channel) REFERENCES service_channel (service_id, channel)
                        ON DELETE CASCADE) WITHOUT ROWID;
                ALTER TABLE institution ADD COLUMN contact_name TEXT;
                ALTER TABLE institution ADD COLUMN contact_email TEXT;
                """)
        }
        migrator.registerMigration("v6: administrators reopen submitted records") { db in
            // A submitted record may become a draft again, its figures untouched (the store lets only
            // administrators do it); every other change to it is still refused.
            try db.execute(sql: "DROP TRIGGER record_submitted_no_update")
            try createReopenTrigger(db, unchanged: reopenUnchanged)
        }
        migrator.registerMigration("v7: the audit trail in time order by institution, service and author") { db in
            // `log` reads the newest entries first under any one condition; each index ends in time order (and the
            // row id), so a query walks only the entries it returns.
            try db.execute(sql: """
                DROP INDEX audit_by_institution;
                CREATE INDEX audit_by_institution ON audit(institution_id, at);
                CREATE INDEX audit_by_service ON audit(service_code, at);
                CREATE INDEX audit_by_user ON audit(user_id, at);
                CREATE INDEX audit_by_time ON audit(at);
                """)
        }
        migrator.registerMigration("v8: services found by part of their name") { db in
            try ServiceNameSearch.create(db)
        }
        migrator.registerMigration("v9: the year's records counted by institution") { db in
            // `overview` counts each institution's records of the year from one index, without joining every
            // service to its record: a record keeps its service's institution, as on PostgreSQL (services never
            // move). The read-only trigger of submitted records stands aside while it is filled in, then keeps it too.
            try db.execute(sql: """
                DROP TRIGGER record_submitted_no_update;
                ALTER TABLE record ADD COLUMN institution_id INTEGER REFERENCES institution(id);
                UPDATE record SET institution_id = (SELECT institution_id FROM service WHERE service.id = record.service_id);
                DROP INDEX record_by_year;
                CREATE INDEX record_by_year_institution ON record(year, institution_id, status);
                CREATE INDEX service_published_by_institution ON service(institution_id, published_at);
                """)
            try createReopenTrigger(db, unchanged: reopenUnchanged + ["institution_id"])
        }
        migrator.registerMigration("v10: the submitted records' channel totals by institution") { db in
            try createSubmittedTotals(db)
        }
        migrator.registerMigration("v11: services found by part of their name through a trigram index, counted by publication") { _ in
            // PostgreSQL's version 11 indexes the folded names by trigrams and the services by publication; here
            // version 8's FTS5 table and version 9's service_published_by_institution already do.
        }
        migrator.registerMigration("v12: an institution's services in code order") { db in
            // Exports and service lists walk the institution's services in code order instead of sorting every
            // row in a temporary b-tree, which spilled to a file: export csv of 10,000 records 100 → 80 ms.
            try db.execute(sql: "CREATE INDEX service_by_institution_code ON service(institution_id, code)")
        }
        migrator.registerMigration("v13: who is connected, from plans kept for the session") { _ in
            // PostgreSQL's version 13 rewrites the functions its policies ask who is connected; here pks asks.
        }
        migrator.registerMigration("v14: a record is submitted only as submit checks it") { _ in
            // PostgreSQL's version 14 holds users writing with their own login (psql) to submit's rules; a SQLite
            // file is written by pks alone, which checks them.
        }
        migrator.registerMigration("v15: a record's sums and indicators in 64 bits") { _ in
            // PostgreSQL's version 15 widens columns to the 64 bits SQLite's integers always had.
        }
        return migrator
    }

    /// How many versions this program knows.
    static var version: Int { migrator.migrations.count }
}
