import GRDB

/// The triggers by which the SQLite schema keeps its own rules: submitted records read-only, reopening them,
/// and the national channel totals of submitted records.
extension SQLiteMigrations {
    /// The columns of a submitted record that reopening it leaves as they are (version 6).
    static let reopenUnchanged = ["id", "service_id", "year", "complaints", "delays", "indicators_computed",
                                  "indicators_stale", "success", "usage", "e_started", "e_completed", "all_started"]

    /// A submitted record may only become a draft again, with `unchanged` as they were.
    static func createReopenTrigger(_ db: Database, unchanged: [String]) throws {
        let same = unchanged.map { "NEW.\($0) IS OLD.\($0)" }.joined(separator: " AND ")
        try db.execute(sql: """
            CREATE TRIGGER record_submitted_no_update BEFORE UPDATE ON record
                WHEN OLD.status = 'submitted' AND NOT (NEW.status = 'draft' AND \(same))
                BEGIN SELECT RAISE(ABORT, 'submitted records are read-only'); END;
            """)
    }

    /// Version 10: `overview` reads the national channel totals from a few hundred sums, not from every submitted
    /// record's channels. The database keeps them itself: a record's counts are added when it becomes submitted and
    /// taken away when it is reopened (a submitted record's counts never change meanwhile, and it cannot be
    /// deleted); `records` counts the records behind a sum, whose row goes when the last of them is reopened.
    static func createSubmittedTotals(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE submitted_channel_total (
                year INTEGER NOT NULL,
                institution_id INTEGER NOT NULL REFERENCES institution(id),
                channel TEXT NOT NULL,
                records INTEGER NOT NULL,
                started INTEGER NOT NULL,
                completed INTEGER NOT NULL,
                PRIMARY KEY (year, institution_id, channel)) WITHOUT ROWID;
            INSERT INTO submitted_channel_total (year, institution_id, channel, records, started, completed)
                SELECT record.year, record.institution_id, record_channel.channel, count(*), sum(record_channel.started),
                       sum(record_channel.completed)
                FROM record JOIN record_channel ON record_channel.record_id = record.id
                WHERE record.status = 'submitted' GROUP BY record.year, record.institution_id, record_channel.channel;
            CREATE TRIGGER record_submitted_adds_totals AFTER UPDATE OF status ON record
                WHEN OLD.status IS NOT 'submitted' AND NEW.status = 'submitted'
                BEGIN
                    INSERT INTO submitted_channel_total (year, institution_id, channel, records, started, completed)
                        SELECT NEW.year, NEW.institution_id, channel, 1, started, completed FROM record_channel
                        WHERE record_id = NEW.id
                        ON CONFLICT (year, institution_id, channel) DO UPDATE SET records = records + 1,
                            started = started + excluded.started, completed = completed + excluded.completed;
                END;
            CREATE TRIGGER record_reopened_takes_totals AFTER UPDATE OF status ON record
                WHEN OLD.status = 'submitted' AND NEW.status IS NOT 'submitted'
                BEGIN
                    UPDATE submitted_channel_total SET records = submitted_channel_total.records - 1,
                            started = submitted_channel_total.started - counts.started,
                            completed = submitted_channel_total.completed - counts.completed
                        FROM record_channel AS counts
                        WHERE counts.record_id = OLD.id AND submitted_channel_total.year = OLD.year
                          AND submitted_channel_total.institution_id = OLD.institution_id
                          AND submitted_channel_total.channel = counts.channel;
                    DELETE FROM submitted_channel_total
                        WHERE year = OLD.year AND institution_id = OLD.institution_id AND records = 0;
                END;
            """)
    }

    /// Submitted records are read-only whatever path a write takes: the database itself refuses.
    static func createReadOnlyTriggers(_ db: Database) throws {
        let refuse = "SELECT RAISE(ABORT, 'submitted records are read-only');"
        let submitted = { (row: String) in "(SELECT status FROM record WHERE id = \(row).record_id) = 'submitted'" }
        try db.execute(sql: """
            CREATE TRIGGER record_submitted_no_update BEFORE UPDATE ON record
                WHEN OLD.status = 'submitted' BEGIN \(refuse) END;
            CREATE TRIGGER record_submitted_no_delete BEFORE DELETE ON record
                WHEN OLD.status = 'submitted' BEGIN \(refuse) END;
            CREATE TRIGGER record_channel_submitted_no_insert BEFORE INSERT ON record_channel
                WHEN \(submitted("NEW")) BEGIN \(refuse) END;
            CREATE TRIGGER record_channel_submitted_no_update BEFORE UPDATE ON record_channel
                WHEN \(submitted("OLD")) BEGIN \(refuse) END;
            CREATE TRIGGER record_channel_submitted_no_delete BEFORE DELETE ON record_channel
                WHEN \(submitted("OLD")) BEGIN \(refuse) END;
            """)
    }
}
