/// Version 1's security: who is connected, row-level security, the role functions and the privileges; and
/// version 2, the audit trail (`PostgresMigrations`).
extension PostgresMigrations {
    /// Who is connected, as the policies and functions ask it: functions that run as the caller (a user sees
    /// their own account; the owner's functions see every account, `account` not being forced), asked once per
    /// statement; version 13 gives them the same answers from PL/pgSQL (`plannedIdentity`).
    static let identity = """
        /* The account of the session's role while its rights are valid (closed or expired rights read as
           no account), its institution whatever the rights, whether the session is the owner's, and whether
           an administrator's: the account's role and membership of the administrators' role both. */
        CREATE FUNCTION pks.my_account() RETURNS pks.account STABLE LANGUAGE sql AS $$
            SELECT * FROM pks.account WHERE login_key = session_user AND closed_at IS NULL
               AND (valid_until IS NULL OR valid_until >= pks.now()::date) $$;
        CREATE FUNCTION pks.my_institution() RETURNS bigint STABLE LANGUAGE sql AS $$
            SELECT (pks.my_account()).institution_id $$;
        CREATE FUNCTION pks.home_institution() RETURNS bigint STABLE LANGUAGE sql AS $$
            SELECT institution_id FROM pks.account WHERE login_key = session_user $$;
        CREATE FUNCTION pks.is_owner() RETURNS boolean STABLE LANGUAGE sql AS $$
            SELECT pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'pks'), 'MEMBER') $$;
        CREATE FUNCTION pks.in_admin_role() RETURNS boolean STABLE LANGUAGE sql AS $$
            SELECT pg_has_role(session_user, (SELECT value FROM pks.setting WHERE key = 'admin_role'), 'MEMBER') $$;
        CREATE FUNCTION pks.is_admin() RETURNS boolean STABLE LANGUAGE sql AS $$
            SELECT coalesce((pks.my_account()).role = 'admin', false) AND pks.in_admin_role() $$;

        """

    /// Each table's policies: an institution's rows for its own users with valid rights, everything for
    /// administrators and the owner. Forced, so that the owner's functions obey them too; `account` is not
    /// forced, so that those functions can read who is connected. Each test of who is connected is a
    /// sub-select, evaluated once per statement.
    static let rowLevelSecurity = """
        ALTER TABLE pks.institution ENABLE ROW LEVEL SECURITY;
        ALTER TABLE pks.institution FORCE ROW LEVEL SECURITY;
        CREATE POLICY institution_visible ON pks.institution FOR SELECT
            USING (id = (SELECT pks.home_institution()) OR (SELECT pks.is_admin()) OR (SELECT pks.is_owner()));
        CREATE POLICY institution_administered ON pks.institution FOR ALL
            USING ((SELECT pks.is_admin()) OR (SELECT pks.is_owner()));
        ALTER TABLE pks.account ENABLE ROW LEVEL SECURITY;
        CREATE POLICY account_visible ON pks.account FOR SELECT
            USING (login_key = session_user OR (SELECT pks.in_admin_role()));
        DO $$
        DECLARE name text;
        BEGIN
            FOREACH name IN ARRAY ARRAY['service', 'service_channel', 'record', 'record_channel'] LOOP
                EXECUTE format('ALTER TABLE pks.%I ENABLE ROW LEVEL SECURITY', name);
                EXECUTE format('ALTER TABLE pks.%I FORCE ROW LEVEL SECURITY', name);
                EXECUTE format('CREATE POLICY %I ON pks.%I FOR ALL USING (institution_id = (SELECT pks.my_institution())
                                OR (SELECT pks.is_admin()) OR (SELECT pks.is_owner()))', name || '_of_institution', name);
            END LOOP;
        END $$;

        """

    /// The functions of `user add|renew|close`, running as the owner.
    static let roleFunctions = """
        /* Users' changes of roles: only administrators (or the owner, for the first one), only roles of
           this catalogue, only with a SCRAM-SHA-256 verifier — never a clear password. */
        CREATE FUNCTION pks.require_administrator() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT (pks.is_admin() OR pks.is_owner()) THEN
                RAISE EXCEPTION 'only administrators can do this' USING ERRCODE = '42501';
            END IF;
        END $$;
        CREATE FUNCTION pks.role_valid_until(last_day date) RETURNS text STABLE LANGUAGE sql AS $$
            SELECT CASE WHEN last_day IS NULL OR (SELECT value FROM pks.setting WHERE key = 'clock') = 'client'
                        THEN 'infinity'
                        ELSE ((last_day + 1)::timestamp AT TIME ZONE '\(timeZone)')::text END $$;
        CREATE FUNCTION pks.account_of(target text) RETURNS pks.account STABLE LANGUAGE plpgsql AS $$
        DECLARE chosen pks.account;
        BEGIN
            SELECT * INTO chosen FROM pks.account WHERE login_key = lower(target);
            IF NOT FOUND THEN RAISE EXCEPTION 'no user % in this catalogue', target USING ERRCODE = '42704'; END IF;
            RETURN chosen;
        END $$;
        CREATE FUNCTION pks.grant_rights(new_login text, new_full_name text, new_institution bigint, new_role text,
                                         last_day date, verifier text) RETURNS bigint
            SECURITY DEFINER SET search_path = pks, pg_temp LANGUAGE plpgsql AS $$
        DECLARE new_id bigint;
        BEGIN
            PERFORM pks.require_administrator();
            IF new_login !~ '^[A-Za-z][A-Za-z0-9._-]{1,31}$' THEN RAISE EXCEPTION 'invalid login %', new_login; END IF;
            IF verifier !~ '^SCRAM-SHA-256\\$' THEN
                RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required, never a clear password';
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = lower(new_login))
               OR EXISTS (SELECT 1 FROM pks.account WHERE login_key = lower(new_login)) THEN
                RAISE EXCEPTION 'login % is taken', new_login USING ERRCODE = '23505', CONSTRAINT = 'account_login';
            END IF;
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L VALID UNTIL %L IN ROLE %I', lower(new_login), verifier,
                           pks.role_valid_until(last_day), (SELECT value FROM pks.setting WHERE key = 'member_role'));
            IF new_role = 'admin' THEN
                EXECUTE format('GRANT %I TO %I', (SELECT value FROM pks.setting WHERE key = 'admin_role'), lower(new_login));
            END IF;
            INSERT INTO pks.account (login, full_name, institution_id, role, valid_until)
                VALUES (new_login, new_full_name, new_institution, new_role, last_day) RETURNING id INTO new_id;
            RETURN new_id;
        END $$;
        CREATE FUNCTION pks.renew_rights(target text, last_day date) RETURNS void
            SECURITY DEFINER SET search_path = pks, pg_temp LANGUAGE plpgsql AS $$
        DECLARE chosen pks.account;
        BEGIN
            PERFORM pks.require_administrator();
            chosen := pks.account_of(target);
            EXECUTE format('ALTER ROLE %I LOGIN VALID UNTIL %L', lower(chosen.login), pks.role_valid_until(last_day));
            UPDATE pks.account SET valid_until = last_day, closed_at = NULL WHERE id = chosen.id;
        END $$;
        CREATE FUNCTION pks.close_rights(target text) RETURNS void
            SECURITY DEFINER SET search_path = pks, pg_temp LANGUAGE plpgsql AS $$
        DECLARE chosen pks.account;
        BEGIN
            PERFORM pks.require_administrator();
            chosen := pks.account_of(target);
            EXECUTE format('ALTER ROLE %I NOLOGIN', lower(chosen.login));
            UPDATE pks.account SET closed_at = pks.now() WHERE id = chosen.id;
        END $$;
        """

    /// Privileges for the catalogue's group roles only.
    static let privileges = """
        /* Privileges: nothing for anyone outside the catalogue's roles. */
        DO $$
        DECLARE member text := (SELECT value FROM pks.setting WHERE key = 'member_role');
                admin text := (SELECT value FROM pks.setting WHERE key = 'admin_role');
        BEGIN
            EXECUTE format('GRANT USAGE ON SCHEMA pks TO %I', member);
            EXECUTE format('GRANT SELECT ON pks.setting, pks.institution, pks.account TO %I', member);
            EXECUTE format('GRANT INSERT, UPDATE ON pks.institution TO %I', admin);
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON pks.service, pks.service_channel, pks.record,
                            pks.record_channel TO %I', member);
            REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pks FROM PUBLIC;
            EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pks TO %I', member);
        END $$;
        """

    /// Version 2: the audit trail, append-only and stamped by the server.
    static let auditTrail = """
        CREATE TABLE pks.audit (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamp(0) NOT NULL,
            user_id bigint NOT NULL REFERENCES pks.account(id),
            role name NOT NULL,
            institution_id bigint REFERENCES pks.institution(id),
            service_code text,
            year integer,
            action text NOT NULL,
            detail text NOT NULL);
        CREATE INDEX audit_by_institution ON pks.audit (institution_id, id);

        /* The server writes when and by whom, whatever the client sends; nobody changes an entry. */
        CREATE FUNCTION pks.audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.at := pks.now();
            NEW.role := session_user;
            NEW.user_id := (pks.my_account()).id;
            RETURN NEW;
        END $$;
        CREATE TRIGGER audit_stamp BEFORE INSERT ON pks.audit FOR EACH ROW EXECUTE FUNCTION pks.audit_stamp();
        CREATE FUNCTION pks.audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit trail is append-only';
        END $$;
        CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON pks.audit
            FOR EACH STATEMENT EXECUTE FUNCTION pks.audit_append_only();

        ALTER TABLE pks.audit ENABLE ROW LEVEL SECURITY;
        ALTER TABLE pks.audit FORCE ROW LEVEL SECURITY;
        CREATE POLICY audit_visible ON pks.audit FOR SELECT
            USING (institution_id = (SELECT pks.my_institution()) OR (SELECT pks.is_admin()) OR (SELECT pks.is_owner()));
        CREATE POLICY audit_appended ON pks.audit FOR INSERT
            WITH CHECK (institution_id = (SELECT pks.my_institution()) OR (SELECT pks.is_admin()));
        DO $$
        BEGIN
            EXECUTE format('GRANT SELECT, INSERT ON pks.audit TO %I', (SELECT value FROM pks.setting WHERE key = 'member_role'));
            REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pks FROM PUBLIC;
            EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pks TO %I',
                           (SELECT value FROM pks.setting WHERE key = 'member_role'));
        END $$;
        """
}
