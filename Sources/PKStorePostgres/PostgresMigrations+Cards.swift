/// Version 5: what a service card says besides its channels, and whom an institution's users ask about
/// their rights (`PostgresMigrations`).
extension PostgresMigrations {
    /// The short description, each channel's contact and working hours (one row a period, the times checked
    /// by the server), under the same row-level security as the rest of an institution's services; and the
    /// institution's contact person, which only administrators change (the `institution` table's policies).
    /// Written so that running it again changes nothing (as a test of migrating from the version before does).
    static let serviceCards = """
        ALTER TABLE pks.service ADD COLUMN IF NOT EXISTS description text;
        ALTER TABLE pks.service_channel ADD COLUMN IF NOT EXISTS contact text;
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'service_channel_of_institution') THEN
                ALTER TABLE pks.service_channel ADD CONSTRAINT service_channel_of_institution
                    UNIQUE (service_id, channel, institution_id);
            END IF;
        END $$;
        CREATE TABLE IF NOT EXISTS pks.channel_hours (
            service_id bigint NOT NULL,
            institution_id bigint NOT NULL,
            channel text NOT NULL,
            weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
            opens integer NOT NULL CHECK (opens BETWEEN 0 AND 1439),
            closes integer NOT NULL CHECK (closes > opens AND closes <= 1440),
            PRIMARY KEY (service_id, channel, weekday, opens),
            FOREIGN KEY (service_id, channel, institution_id)
                REFERENCES pks.service_channel (service_id, channel, institution_id) ON DELETE CASCADE ON UPDATE CASCADE);
        CREATE OR REPLACE TRIGGER channel_hours_institution BEFORE INSERT ON pks.channel_hours
            FOR EACH ROW EXECUTE FUNCTION pks.inherit_institution();
        ALTER TABLE pks.channel_hours ENABLE ROW LEVEL SECURITY;
        ALTER TABLE pks.channel_hours FORCE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS channel_hours_of_institution ON pks.channel_hours;
        CREATE POLICY channel_hours_of_institution ON pks.channel_hours FOR ALL
            USING (institution_id = (SELECT pks.my_institution()) OR (SELECT pks.is_admin()) OR (SELECT pks.is_owner()));
        ALTER TABLE pks.institution ADD COLUMN IF NOT EXISTS contact_name text;
        ALTER TABLE pks.institution ADD COLUMN IF NOT EXISTS contact_email text;
        DO $$
        BEGIN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON pks.channel_hours TO %I',
                           (SELECT value FROM pks.setting WHERE key = 'member_role'));
        END $$;
        """
}
