import PKCore

/// Version 1's tables and the rule that keeps submitted records read-only (`PostgresMigrations`).
extension PostgresMigrations {
    /// The schema, its settings and group roles, the clock, and the tables as SQLite has them, with two
    /// additions for the server's row-level security: every row of an institution's data names the
    /// institution (`institution_id`, kept equal to its parent's by composite foreign keys), so that a
    /// policy compares a column instead of looking up the parent; and codes and logins have a folded copy
    /// (`code_key`, `login_key`) whose index a policy-guarded query can still use.
    static let tables = """
        CREATE SCHEMA pks;
        CREATE TABLE pks.setting (key text PRIMARY KEY, value text NOT NULL);
        INSERT INTO pks.setting (key, value) VALUES
            ('member_role', current_database() || '_users'), ('admin_role', current_database() || '_admins'),
            ('clock', 'server');
        DO $$
        DECLARE name text;
        BEGIN
            FOREACH name IN ARRAY ARRAY[current_database() || '_users', current_database() || '_admins'] LOOP
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', name);
                END IF;
            END LOOP;
        END $$;

        /* The catalogue's clock: the server's, in Latvian time; a training database made with
           --trust-client-clock takes the time pks sends (pks.now), so a demonstration's date holds. */
        CREATE FUNCTION pks.now() RETURNS timestamp(0) STABLE LANGUAGE sql AS $$
            SELECT CASE WHEN (SELECT value FROM pks.setting WHERE key = 'clock') = 'client'
                             AND coalesce(current_setting('pks.now', true), '') <> ''
                        THEN current_setting('pks.now')::timestamp(0)
                        ELSE (now() AT TIME ZONE '\(timeZone)')::timestamp(0) END $$;

        CREATE TABLE pks.institution (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            code text NOT NULL,
            code_key text GENERATED ALWAYS AS (lower(code)) STORED UNIQUE,
            name text NOT NULL);
        CREATE TABLE pks.account (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            login text NOT NULL,
            login_key text GENERATED ALWAYS AS (lower(login)) STORED CONSTRAINT account_login UNIQUE,
            full_name text NOT NULL,
            institution_id bigint NOT NULL REFERENCES pks.institution(id),
            role text NOT NULL CHECK (role IN ('admin', 'user')),
            valid_until date,
            closed_at timestamp(0),
            created_at timestamp(0) NOT NULL DEFAULT pks.now());
        CREATE TABLE pks.service (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            code text NOT NULL,
            code_key text GENERATED ALWAYS AS (lower(code)) STORED CONSTRAINT service_code UNIQUE,
            name text NOT NULL,
            institution_id bigint NOT NULL REFERENCES pks.institution(id),
            published_at timestamp(0),
            UNIQUE (id, institution_id));
        CREATE INDEX service_by_institution ON pks.service (institution_id, code_key);
        CREATE TABLE pks.service_channel (
            service_id bigint NOT NULL,
            institution_id bigint NOT NULL,
            channel text NOT NULL CHECK (channel IN (\(channels))),
            PRIMARY KEY (service_id, channel),
            FOREIGN KEY (service_id, institution_id) REFERENCES pks.service (id, institution_id)
                ON DELETE CASCADE ON UPDATE CASCADE);
        CREATE TABLE pks.record (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            service_id bigint NOT NULL,
            institution_id bigint NOT NULL,
            year integer NOT NULL,
            status text NOT NULL CHECK (status IN ('draft', 'submitted')),
            \(count("complaints")),
            \(count("delays")),
            indicators_computed integer NOT NULL DEFAULT 0,
            indicators_stale integer NOT NULL DEFAULT 0,
            success integer,
            usage integer,
            e_started integer,
            e_completed integer,
            all_started integer,
            updated_at timestamp(0) NOT NULL,
            updated_by bigint NOT NULL REFERENCES pks.account(id),
            submitted_at timestamp(0),
            revision integer NOT NULL,
            CONSTRAINT record_once_a_year UNIQUE (service_id, year),
            UNIQUE (id, institution_id),
            FOREIGN KEY (service_id, institution_id) REFERENCES pks.service (id, institution_id) ON UPDATE CASCADE);
        CREATE INDEX record_by_institution ON pks.record (institution_id, year);
        CREATE INDEX record_by_year ON pks.record (year);
        CREATE TABLE pks.record_channel (
            record_id bigint NOT NULL,
            institution_id bigint NOT NULL,
            channel text NOT NULL CHECK (channel IN (\(channels))),
            \(count("started")),
            \(count("completed")),
            PRIMARY KEY (record_id, channel),
            FOREIGN KEY (record_id, institution_id) REFERENCES pks.record (id, institution_id)
                ON DELETE CASCADE ON UPDATE CASCADE);

        /* A row written without its institution takes its parent's (as the caller sees it; the foreign
           keys check that the two agree), so SQL written for SQLite's tables works here too. */
        CREATE FUNCTION pks.inherit_institution() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.institution_id IS NOT NULL THEN
                RETURN NEW;
            ELSIF TG_TABLE_NAME = 'record_channel' THEN
                NEW.institution_id := (SELECT institution_id FROM pks.record WHERE id = NEW.record_id);
            ELSE
                NEW.institution_id := (SELECT institution_id FROM pks.service WHERE id = NEW.service_id);
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER service_channel_institution BEFORE INSERT ON pks.service_channel
            FOR EACH ROW EXECUTE FUNCTION pks.inherit_institution();
        CREATE TRIGGER record_institution BEFORE INSERT ON pks.record
            FOR EACH ROW EXECUTE FUNCTION pks.inherit_institution();
        CREATE TRIGGER record_channel_institution BEFORE INSERT ON pks.record_channel
            FOR EACH ROW EXECUTE FUNCTION pks.inherit_institution();

        """

    /// Submitted records are read-only whatever path a write takes; the server stamps saves.
    static let readOnly = """
        CREATE FUNCTION pks.record_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.status = 'submitted' THEN
                RAISE EXCEPTION 'submitted records are read-only';
            END IF;
            NEW.updated_at := pks.now();
            NEW.updated_by := coalesce((pks.my_account()).id, NEW.updated_by);
            IF NEW.status = 'submitted' AND (TG_OP = 'INSERT' OR OLD.status <> 'submitted') THEN
                NEW.submitted_at := pks.now();
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER record_stamp BEFORE INSERT OR UPDATE ON pks.record
            FOR EACH ROW EXECUTE FUNCTION pks.record_stamp();
        CREATE FUNCTION pks.record_not_submitted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_TABLE_NAME = 'record' THEN
                IF OLD.status = 'submitted' THEN RAISE EXCEPTION 'submitted records are read-only'; END IF;
                RETURN OLD;
            END IF;
            IF (SELECT status FROM pks.record WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.record_id ELSE OLD.record_id END)
                   = 'submitted' THEN
                RAISE EXCEPTION 'submitted records are read-only';
            END IF;
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$;
        CREATE TRIGGER record_submitted_no_delete BEFORE DELETE ON pks.record
            FOR EACH ROW EXECUTE FUNCTION pks.record_not_submitted();
        CREATE TRIGGER record_channel_submitted BEFORE INSERT OR UPDATE OR DELETE ON pks.record_channel
            FOR EACH ROW EXECUTE FUNCTION pks.record_not_submitted();

        """
}
