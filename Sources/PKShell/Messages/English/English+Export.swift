import PKCore
import PKExport

extension Catalogue {
    /// Errors of exports, in English.
    static func englishExportErrors(_ key: ExportText) -> String {
        switch key {
        case .exportFileExists: "{path} already exists; add --force to replace it"
        case .exportPathIsFolder: "{path} is a folder; give a file name, e.g. {folder}2019.xlsx"
        case .exportFolderMissing: "cannot write {path}: the folder {folder} does not exist"
        case .exportNotAFolder: "cannot write {path}: {folder} is not a folder"
        case .exportCannotCreate: "cannot write {path}: cannot create a file in {folder}: {reason}"
        case .exportUnwritable: "cannot write {path}: {reason}"
        case .exportInterrupted: "export interrupted (Ctrl-C); nothing was written to {path}"
        case .xlsxContainerFailed: "cannot assemble the xlsx file: {reason}"
        case .xlsxTooManyRows: "an xlsx worksheet holds {limit} rows, the header and {data} records' rows; this export has more: write it as csv or tsv, or export fewer years or institutions"
        }
    }

    /// Help of export, in English.
    static func englishExportHelp(_ key: HelpText) -> String? {
        switch key {
        case .metaFormat: "FORMAT"
        case .metaLayout: "wide|long"
        case .exportYearOption: "the records of this year instead of the current one"
        case .exportAllYearsOption: "the records of all years (the year is in the first column)"
        case .exportLayoutOption: "wide (default): one row per record; long: one row per record and channel, for pivot tables"
        case .exportInstitutionOption: "administrators: the records of this institution"
        case .exportAllInstitutionsOption: "administrators: the records of every institution (adds the column Iestāde)"
        case .exportForceOption: "replace FILE if it exists"
        case .exportSummary: "download the year's records as xlsx, csv or tsv (Lejupielādēt)"
        case .exportDetails: "xlsx: one worksheet named after the year; bold, frozen header; numbers, dates and percentages (94.41) as real cells; at most 1,048,575 rows besides the header, as Excel holds (a larger export is refused: use csv). csv: RFC 4180 with commas, UTF-8 (for Excel: xlsx, or --excel). tsv: tabs, UTF-8. Columns as SPEC section 4 (wide) or, with --layout long, year, code, name, channel, started, completed. The file is written under a temporary name and renamed when whole (in a --single-transaction script, when the script succeeds; in a --dry-run, removed); an existing FILE is replaced only with --force or after a yes at the terminal (an empty one always)."
        default: nil
        }
    }

    /// What the shell says: export, in English.
    static func englishExport(_ key: ShellText) -> String? {
        switch key {
        case .confirmReplaceFile: "{path} already exists. Replace it?"
        case .exportWroteYear: "wrote {n} {n:record|records} of {year} to {path}"
        case .exportWroteAllYears: "wrote {n} {n:record|records} of all years to {path}"
        case .exportWroteYearInstitution: "wrote {n} {n:record|records} of {year} (institution {institution}) to {path}"
        case .exportWroteAllYearsInstitution: "wrote {n} {n:record|records} of all years (institution {institution}) to {path}"
        case .exportWroteYearEveryInstitution: "wrote {n} {n:record|records} of {year} (all institutions) to {path}"
        case .exportWroteAllYearsEveryInstitution: "wrote {n} {n:record|records} of all years (all institutions) to {path}"
        case .exportLongLayout: "{wrote}; long layout, {rows} {rows:row|rows}"
        case .exportLeavesOutUnsaved: "the open {year} record of {code} has unsaved changes, which the export leaves out (it writes what is saved); save first to include them"
        case .exportHeld: "{wrote}; the file appears only if the whole script succeeds (--single-transaction)"
        case .exportNotKept: "{wrote}; dry run: the file is removed at the end"
        case .exportNameOfOtherFormat: "{path} ends in .{named}, but this export writes {format}: a program that opens files by their name may not read it"
        default: nil
        }
    }
}
