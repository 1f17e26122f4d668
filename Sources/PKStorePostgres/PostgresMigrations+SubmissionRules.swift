import PKCore

/// Version 14: the server holds a submission to the rules `submit` checks (`PostgresMigrations`).
extension PostgresMigrations {
    /// A user's login may write the user's drafts from psql as pks does; submitting must not pass over what
    /// makes `check` refuse: a record begins as a draft, and becomes submitted only with no counts of a channel
    /// off its service's description (zeros there are the description's, not counts, as `StatisticsRecord`
    /// reads them) and, for an e-service, with the quality indicators its counts give (the
    /// sums they were computed from still the counts' sums, the percentages those sums' in hundredths, rounded
    /// half up as `Percent` does). pks checks first, so its submissions never meet these errors. Safe to run
    /// again on a database that has them.
    static let submissionRules = """
        CREATE OR REPLACE FUNCTION pks.record_begins_draft() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'a record begins as a draft; submit it to submit it' USING ERRCODE = 'check_violation';
        END $$;
        DROP TRIGGER IF EXISTS record_begins_draft ON pks.record;
        CREATE TRIGGER record_begins_draft BEFORE INSERT ON pks.record
            FOR EACH ROW WHEN (NEW.status <> 'draft') EXECUTE FUNCTION pks.record_begins_draft();

        CREATE OR REPLACE FUNCTION pks.record_submission() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            off_description text;
            e_started bigint; e_completed bigint; all_started bigint; e_service boolean; success integer; usage integer;
        BEGIN
            SELECT counts.channel INTO off_description FROM pks.record_channel AS counts
                WHERE counts.record_id = NEW.id AND (counts.started <> 0 OR counts.completed <> 0)
                  AND NOT EXISTS (SELECT 1 FROM pks.service_channel AS described
                    WHERE described.service_id = NEW.service_id AND described.channel = counts.channel)
                LIMIT 1;
            IF off_description IS NOT NULL THEN
                RAISE EXCEPTION 'record % cannot be submitted: it has counts of %, which is not on its service''s description',
                    NEW.id, off_description USING ERRCODE = 'check_violation';
            END IF;
            -- An e-service channel counts when it is on the description or has counts (not a description's zeros).
            SELECT coalesce(sum(started) FILTER (WHERE channel IN (\(eServiceChannels))), 0),
                   coalesce(sum(completed) FILTER (WHERE channel IN (\(eServiceChannels))), 0),
                   coalesce(sum(started), 0),
                   coalesce(bool_or(channel IN (\(eServiceChannels)) AND (started <> 0 OR completed <> 0 OR EXISTS (
                       SELECT 1 FROM pks.service_channel AS described
                       WHERE described.service_id = NEW.service_id AND described.channel = counts.channel))), false)
                INTO e_started, e_completed, all_started, e_service
                FROM pks.record_channel AS counts WHERE record_id = NEW.id;
            success := CASE WHEN e_started > 0 THEN (e_completed * 20000 + e_started) / (e_started * 2) END;
            usage := CASE WHEN all_started > 0 THEN (e_started * 20000 + all_started) / (all_started * 2) END;
            IF NOT e_service THEN
                RETURN NEW;  -- indicators do not apply
            ELSIF NEW.indicators_computed = 0 THEN
                RAISE EXCEPTION 'record % cannot be submitted: an e-service whose quality indicators were never computed',
                    NEW.id USING ERRCODE = 'check_violation';
            ELSIF (NEW.e_started, NEW.e_completed, NEW.all_started) IS DISTINCT FROM (e_started, e_completed, all_started)
                  OR (NEW.success, NEW.usage) IS DISTINCT FROM (success, usage) THEN
                RAISE EXCEPTION 'record % cannot be submitted: its quality indicators are not what its counts give; compute them again',
                    NEW.id USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END $$;
        DROP TRIGGER IF EXISTS record_submission ON pks.record;
        CREATE TRIGGER record_submission BEFORE UPDATE OF status ON pks.record
            FOR EACH ROW WHEN (OLD.status = 'draft' AND NEW.status = 'submitted') EXECUTE FUNCTION pks.record_submission();
        """

    /// The e-service channels as a SQL list.
    private static let eServiceChannels = Channel.allCases.filter(\.isEService).map { "'\($0.key)'" }.joined(separator: ", ")

    /// Version 15: eleven channels of up to 1,000,000,000 each sum to more than a 32-bit integer holds, and a
    /// success rate of completed far above started is more hundredths still; SQLite's integers had 64 bits from
    /// the start. The columns widen, and so do the submission check's sums (version 14's function, as it
    /// shipped, with its indicators in bigint).
    static let wideSums = """
        ALTER TABLE pks.record ALTER COLUMN e_started TYPE bigint, ALTER COLUMN e_completed TYPE bigint,
            ALTER COLUMN all_started TYPE bigint, ALTER COLUMN success TYPE bigint, ALTER COLUMN usage TYPE bigint;
        """ + submissionRules.replacingOccurrences(of: "success integer; usage integer;", with: "success bigint; usage bigint;")
}
