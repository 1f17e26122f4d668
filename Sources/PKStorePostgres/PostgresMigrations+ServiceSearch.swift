/// Version 8: services found by part of their name (`PostgresMigrations`).
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
}
