/// Version 10: the submitted records' channel totals by institution (`PostgresMigrations`).
extension PostgresMigrations {
    /// `overview` reads the national channel totals from a few hundred sums, not from every submitted record's
    /// channels. The server keeps them: a record's counts are added when it becomes submitted and taken away when
    /// it is reopened (a submitted record's counts never change meanwhile, and it cannot be deleted); `records`
    /// counts the records behind a sum, whose row goes when the last of them is reopened. Users may only read
    /// them (their own institution's, as every table's policy says); the trigger's function writes them as the
    /// owner, for the institution of the record its caller could change. Running it again sums them anew.
    static let submittedTotals = """
        CREATE TABLE IF NOT EXISTS pks.submitted_channel_total (
            year integer NOT NULL,
            institution_id bigint NOT NULL REFERENCES pks.institution(id),
            channel text NOT NULL,
            records integer NOT NULL,
            started bigint NOT NULL,
            completed bigint NOT NULL,
            PRIMARY KEY (year, institution_id, channel));
        ALTER TABLE pks.submitted_channel_total ENABLE ROW LEVEL SECURITY;
        ALTER TABLE pks.submitted_channel_total FORCE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS submitted_channel_total_of_institution ON pks.submitted_channel_total;
        CREATE POLICY submitted_channel_total_of_institution ON pks.submitted_channel_total FOR ALL
            USING (institution_id = (SELECT pks.my_institution()) OR (SELECT pks.is_admin()) OR (SELECT pks.is_owner()));

        CREATE OR REPLACE FUNCTION pks.record_submitted_totals() RETURNS trigger
            SECURITY DEFINER SET search_path = pks, pg_temp LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.status = 'submitted' THEN
                UPDATE pks.submitted_channel_total AS total SET records = total.records - 1,
                        started = total.started - counts.started, completed = total.completed - counts.completed
                    FROM pks.record_channel AS counts
                    WHERE counts.record_id = OLD.id AND total.year = OLD.year AND total.institution_id = OLD.institution_id
                      AND total.channel = counts.channel;
                DELETE FROM pks.submitted_channel_total
                    WHERE year = OLD.year AND institution_id = OLD.institution_id AND records = 0;
            END IF;
            IF NEW.status = 'submitted' THEN
                INSERT INTO pks.submitted_channel_total AS total (year, institution_id, channel, records, started, completed)
                    SELECT NEW.year, NEW.institution_id, channel, 1, started, completed FROM pks.record_channel
                    WHERE record_id = NEW.id
                    ON CONFLICT (year, institution_id, channel) DO UPDATE SET records = total.records + 1,
                        started = total.started + excluded.started, completed = total.completed + excluded.completed;
            END IF;
            RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS record_submitted_totals ON pks.record;
        CREATE TRIGGER record_submitted_totals AFTER UPDATE OF status ON pks.record
            FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION pks.record_submitted_totals();

        DELETE FROM pks.submitted_channel_total;
        INSERT INTO pks.submitted_channel_total (year, institution_id, channel, records, started, completed)
            SELECT record.year, record.institution_id, record_channel.channel, count(*), sum(record_channel.started),
                   sum(record_channel.completed)
            FROM pks.record AS record JOIN pks.record_channel AS record_channel ON record_channel.record_id = record.id
            WHERE record.status = 'submitted' GROUP BY record.year, record.institution_id, record_channel.channel;
        DO $$
        BEGIN
            EXECUTE format('GRANT SELECT ON pks.submitted_channel_total TO %I',
                           (SELECT value FROM pks.setting WHERE key = 'member_role'));
            REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pks FROM PUBLIC;
            EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pks TO %I',
                           (SELECT value FROM pks.setting WHERE key = 'member_role'));
        END $$;
        """
}
