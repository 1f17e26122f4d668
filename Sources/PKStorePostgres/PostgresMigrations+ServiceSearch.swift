/// Versions 8 and 11: services found by part of their name (`PostgresMigrations`).
extension PostgresMigrations {
    /// An SQL expression folding a text as `TextFolding.fold` folds Latvian: Latvian letters lose their
    /// diacritics (`translate`), then everything is lowercased.
    static func folded(_ text: String) -> String {
        "lower(translate(\(text), 'ĀČĒĢĪĶĻŅŌŖŠŪŽāčēģīķļņōŗšūž', 'ACEGIKLNORSUZacegiklnorsuz'))"
    }

    /// Each service's name folded, kept by the server itself (a generated column, filled for the services
    /// there are when it is added), under the table's row-level security like every other column; an
    /// institution's services by folded name. Running it again changes nothing.
    static let serviceNameSearch = """
        ALTER TABLE pks.service ADD COLUMN IF NOT EXISTS name_folded text
            GENERATED ALWAYS AS (\(folded("name"))) STORED;
        CREATE INDEX IF NOT EXISTS service_by_folded_name ON pks.service (institution_id, name_folded);
        """

    /// Version 11: the whole catalogue's folded names in a trigram index (`pg_trgm`, an extension the
    /// database's owner may create). Row-level security lets no index serve `LIKE`, which is not leakproof,
    /// so `pks.services_named` reads the index as the owner — whom a policy of its own lets read every
    /// service, in this function alone since no other of the owner's functions reads services — and keeps
    /// to what the caller may see itself: an administrator's every service, anyone else's their institution's.
    /// Also each institution's services by publication, which `overview` counts from the index alone (as
    /// SQLite's version 9 does). Running it again changes nothing.
    static let serviceNameTrigrams = """
        CREATE INDEX IF NOT EXISTS service_published_by_institution ON pks.service (institution_id, published_at);
        CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA pks;
        CREATE INDEX IF NOT EXISTS service_by_name_trigrams ON pks.service USING gin (name_folded pks.gin_trgm_ops);
        DROP POLICY IF EXISTS service_searched ON pks.service;
        DO $$
        BEGIN
            EXECUTE format('CREATE POLICY service_searched ON pks.service FOR SELECT TO %s USING (true)',
                           (SELECT nspowner::regrole FROM pg_namespace WHERE nspname = 'pks'));
        END $$;
        CREATE OR REPLACE FUNCTION pks.services_named(part text, most integer) RETURNS SETOF bigint
            STABLE SECURITY DEFINER SET search_path = pks, pg_temp LANGUAGE plpgsql AS $$
        BEGIN
            RETURN QUERY SELECT service.id FROM pks.service
                WHERE service.name_folded LIKE '%' || replace(replace(replace(\(folded("part")),
                          '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                  AND (service.institution_id = (SELECT pks.my_institution()) OR (SELECT pks.is_admin())
                       OR (SELECT pks.is_owner()))
                LIMIT most;
        END $$;
        REVOKE EXECUTE ON FUNCTION pks.services_named(text, integer) FROM PUBLIC;
        DO $$
        BEGIN
            EXECUTE format('GRANT EXECUTE ON FUNCTION pks.services_named(text, integer) TO %I',
                           (SELECT value FROM pks.setting WHERE key = 'member_role'));
        END $$;
        """
}
