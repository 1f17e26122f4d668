import PKCore

/// The PostgreSQL schema, one migration per version, kept beside `SQLiteMigrations` version for version:
/// schema version N holds the same tables in both engines. Never edit a migration that has shipped.
/// The server is the security boundary: row-level security (forced) on every table with an institution's
/// data, triggers that keep submitted records read-only and the audit trail append-only and that stamp
/// time and author themselves, privileges only for the catalogue's group roles, and the role changes of
/// `user add|renew|close` in functions that run as the owner and check who calls them.
enum PostgresMigrations {
    static let all: [(name: String, sql: String)] = [
        ("v1: accounts, services, statistics", accountsServicesStatistics),
        ("v2: audit trail", auditTrail),
        // SQLite's v3 renamed its table `user` to `account`, the name PostgreSQL had from the start.
        ("v3: users in account", "SELECT 1"),
        // SQLite's v4 records who holds its one writer's lock and which terminals may pass its login slow-down:
        // a server locks rows one by one and checks passwords itself.
        ("v4: who holds the database, trusted terminals", "SELECT 1"),
        ("v5: service cards, institution contacts", serviceCards),
        ("v6: administrators reopen submitted records", reopenRecords),
        ("v7: the audit trail in time order by institution, service and author", auditIndexes),
        ("v8: services found by part of their name", serviceNameSearch),
        ("v9: the year's records counted by institution", recordsByInstitution),
        ("v10: the submitted records' channel totals by institution", submittedTotals),
        ("v11: services found by part of their name through a trigram index, counted by publication", serviceNameTrigrams),
        // SQLite's v12 indexes an institution's services by code, which service_by_institution did here from the start.
        ("v12: an institution's services in code order", "SELECT 1"),
        ("v13: who is connected, from plans kept for the session", plannedIdentity),
        ("v14: a record is submitted only as submit checks it", submissionRules),
        ("v15: a record's sums and indicators in 64 bits", wideSums),
    ]

    static var version: Int { all.count }

    /// Version 7: `log` reads the newest entries first under any one condition; each index ends in time order
    /// (and the id), so a query walks only the entries it returns. Safe to run again on a database that has them.
    private static let auditIndexes = """
        DROP INDEX IF EXISTS pks.audit_by_institution;
        CREATE INDEX audit_by_institution ON pks.audit (institution_id, at, id);
        CREATE INDEX IF NOT EXISTS audit_by_service ON pks.audit (service_code, at, id);
        CREATE INDEX IF NOT EXISTS audit_by_user ON pks.audit (role, at, id);
        CREATE INDEX IF NOT EXISTS audit_by_time ON pks.audit (at, id);
        """

    /// Version 9: `overview` counts each institution's records of the year from one index (SQLite's records
    /// gained the institution that PostgreSQL's had). Safe to run again on a database that has it.
    private static let recordsByInstitution = """
        DROP INDEX IF EXISTS pks.record_by_year;
        CREATE INDEX IF NOT EXISTS record_by_year_institution ON pks.record (year, institution_id, status);
        """

    static let channels = Channel.allCases.map { "'\($0.key)'" }.joined(separator: ", ")

    static func count(_ column: String) -> String {
        "\(column) integer NOT NULL CHECK (\(column) BETWEEN 0 AND \(Count.maximum))"
    }

    /// Version 6: an administrator may turn a submitted record back into a draft, its figures untouched;
    /// nobody else, and no other change to a submitted record.
    private static let reopenRecords = """
        CREATE OR REPLACE FUNCTION pks.record_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.status = 'submitted' AND NOT (
                   NEW.status = 'draft' AND pks.is_admin()
                   AND (NEW.id, NEW.service_id, NEW.institution_id, NEW.year, NEW.complaints, NEW.delays,
                        NEW.indicators_computed, NEW.indicators_stale, NEW.success, NEW.usage, NEW.e_started,
                        NEW.e_completed, NEW.all_started)
                       IS NOT DISTINCT FROM
                       (OLD.id, OLD.service_id, OLD.institution_id, OLD.year, OLD.complaints, OLD.delays,
                        OLD.indicators_computed, OLD.indicators_stale, OLD.success, OLD.usage, OLD.e_started,
                        OLD.e_completed, OLD.all_started)) THEN
                RAISE EXCEPTION 'submitted records are read-only';
            END IF;
            NEW.updated_at := pks.now();
            NEW.updated_by := coalesce((pks.my_account()).id, NEW.updated_by);
            IF NEW.status = 'submitted' AND (TG_OP = 'INSERT' OR OLD.status <> 'submitted') THEN
                NEW.submitted_at := pks.now();
            ELSIF NEW.status = 'draft' THEN
                NEW.submitted_at := NULL;
            END IF;
            RETURN NEW;
        END $$;
        """

    /// The time zone the catalogue's clock keeps, whatever a session sets.
    static let timeZone = "Europe/Riga"

    /// Version 1: the tables, then who is connected, read-only submitted records, row-level security, the
    /// functions that change roles, and the privileges (PostgresMigrations+Tables, +Security).
    private static let accountsServicesStatistics = tables + identity + readOnly + rowLevelSecurity + roleFunctions + privileges

    /// The database itself for the catalogue's roles only: no connections, no temporary tables for anyone
    /// else; its sessions look in `pks` first. Run by `init` and `migrate` (database privileges stay with the database, not the schema).
    static let closeDatabase = """
        DO $$
        BEGIN
            EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(),
                           (SELECT value FROM pks.setting WHERE key = 'member_role'));
            -- psql sessions find the catalogue's tables without the schema's name.
            EXECUTE format('ALTER DATABASE %I SET search_path = pks, public', current_database());
        END $$;
        """
}
