import PKCore
import PKExport

extension Catalogue {
    /// What the shell says: import, open, add --from, in English.
    static func englishImport(_ key: ShellText) -> String? {
        switch key {
        case .serviceImportDone: "imported {path}: {created} {created:description|descriptions} created (unpublished), {updated} changed (channels or short description), {unchanged} unchanged"
        case .serviceImportDryRun: "dry run, nothing kept: {path} would create {created} {created:description|descriptions}, change {updated} (channels or short description), leave {unchanged} unchanged"
        case .importDone: "imported {path}: {created} {created:draft|drafts} created, {updated} updated, {unchanged} unchanged"
        case .importDryRun: "dry run, nothing kept: {path} would create {created} {created:draft|drafts}, update {updated}, leave {unchanged} unchanged"
        case .importRefused: "nothing imported from {path}: {n} {n:problem|problems} (above); correct them and import it again"
        case .unknownImportFormat: "unknown format '{format}'; import reads {formats}"
        case .excelOnlyCSV: "--excel is a csv style (semicolons, byte-order mark); it does not apply to {format}"
        case .recordCreatedFrom: "new {year} record of {code} {name}, started from {from}; channels: {channels}. Check the counts with show, then save."
        case .channelsNotCarried: "the {year} record of {code} has counts on {channels}, no longer on the description; they were not carried over"
        default: nil
        }
    }

    /// Help of import, open, add --from and export --excel, in English.
    static func englishImportHelp(_ key: HelpText) -> String? {
        switch key {
        case .serviceImportSummary: "descriptions in bulk from a csv, tsv or xlsx file; all rows or none"
        case .serviceImportDetails: "Columns Kods, Pakalpojums, Kanāli (channel keys or names separated by blanks) and optionally Iestāde (administrators: the institution's code; else your own) and Apraksts (the short description; an empty cell clears it). Headers match whatever their case, long vowels and order; any other column is an error. A new code creates an unpublished description with those channels; a code your institution already has, with the same name, gets the file's channels. Every bad row is reported as FILE:ROW: error: naming the column, and then nothing is imported; every change is audited."
        case .metaTableFormat: "csv|tsv|xlsx"
        case .importSummary: "counts from a csv, tsv or xlsx file in the export's columns; all rows or none"
        case .importDetails: "Reads the columns export writes, so a file exported, edited in a spreadsheet and saved imports back. Wide layout: Gads, Kods, then for each channel '<channel name> uzsākti' and '<channel name> pabeigti' (the channel key works too: 'e-latvija uzsākti'), Sūdzības, Kavējumi. Long layout: Gads, Kods, Kanāls, Uzsākti, Pabeigti, one row per channel. Kods is required; without Gads the current year is meant. Pakalpojums, Statuss, Atjaunots, Iestāde, the totals and the indicators are ignored (pks computes them); any other column is an error. Case, long vowels and column order do not matter. Counts are whole numbers 0 to 1 000 000 000, digits only; an empty pair of cells clears the channel; a channel the file does not name is left as it is. csv may use commas or semicolons, UTF-8 (else Windows-1257, with a warning); each of its rows has a value or an empty cell for every column of the header. Each row creates the year's draft of its service or updates it; submitted records cannot be changed. Every bad row is reported as FILE:ROW: error: naming the column, and then nothing is imported. Indicators are computed for e-services; every record is audited."
        case .importDryRunOption: "check and count, keep nothing"
        case .importFormatOption: "the file's format when its name does not end in .csv, .tsv or .xlsx"
        case .openSummary: "open the year's draft of a service, creating it when there is none (for scripts run again)"
        case .openDetails: "open is add when the service has no record this year and edit when it has a draft; a submitted record is refused. A replay script that uses open can be corrected and run again: the second run updates the drafts the first one made."
        case .addFromOption: "start from that year's counts, complaints and delays (channels still on the description)"
        case .exportExcelOption: "csv for Excel with Latvian settings: semicolons and a byte-order mark"
        default: nil
        }
    }

    /// Problems of imported rows, in English.
    static func englishImportProblems(_ key: ImportText) -> String {
        switch key {
        case .importInvalidCode: "'{code}' is not a service code (1–20 Latin letters A–Z, digits, - _ .)"
        case .importInvalidName: "a service name is 1–300 characters, not only blanks, without control characters"
        case .importInvalidDescription: "a short description is 1–2000 characters on one line, not only blanks, without control characters"
        case .importDuplicateService: "{code} is also on row {first}"
        case .importServiceOfInstitution: "{code} is already a service of {institution}; an import does not move a service to another institution"
        case .importServiceNamed: "{code} is already in the catalogue as “{name}”; a different name is not changed by an import"
        case .importFailed: "cannot import: {reason}"
        case .importCellProblem: "column “{column}”: {reason}"
        case .importMissingColumn: "the header has no column {column}"
        case .importUnknownColumns: "unknown {n:column|columns} {columns}; the command's help lists the columns it reads"
        case .importDuplicateColumn: "the header already has this column as “{first}”"
        case .importUnpairedColumn: "a channel needs both columns, “{started}” and “{completed}”"
        case .importMixedLayouts: "the header mixes the long layout (Kanāls, Uzsākti, Pabeigti) with columns of the wide one; use one layout"
        case .importIncompletePair: "give both “{started}” and “{completed}”, or leave both empty to clear the channel"
        case .importInvalidYear: "'{text}' is not a reporting year ({first}–{last})"
        case .importDuplicateRecord: "{code} {year} is also on row {first}; one row per record"
        case .importDuplicateChannel: "{channel} of {code} {year} is also on row {first}"
        case .importUnknownService: "no service '{code}' in your institution (see services)"
        case .importNotPublished: "service {code} is not published; only published services take statistics"
        case .importSubmitted: "the {year} record of {code} is submitted; its values can no longer be changed"
        case .importShortRow: "the row has {n} {n:value|values} and the header {columns} columns; a missing value is not read as an empty cell: write every separator of the row"
        case .importValueOutsideHeader: "'{text}' stands in column {column}, after the header's last one ({columns}); remove it or name its column"
        }
    }

    /// Errors and warnings of reading tables, in English.
    static func englishReading(_ key: ReadingText) -> String {
        switch key {
        case .readAsWindows1257: "{path} is not UTF-8; read it as Windows-1257 (Baltic): check its names, or save it as CSV UTF-8"
        case .tableUnreadable: "cannot read {path}: {reason}"
        case .tableUnknownFormat: "cannot tell the format of {path} from its name; add --format with one of {formats}"
        case .tableQuoteOpen: "a quoted field opens on line {line} of {path} and never closes"
        case .tableEmpty: "{path} has no rows, not even a header"
        case .xlsxNotAPackage: "{path} is not an xlsx file (not a zip package); save it as Excel 2007-365 (.xlsx)"
        case .xlsxPartMissing: "{path} is damaged: it refers to {part}, which it does not hold"
        case .xlsxNoSheet: "{path} has no worksheet"
        case .xlsxBadXML: "{path} is damaged: {part} is not well-formed XML"
        }
    }
}
