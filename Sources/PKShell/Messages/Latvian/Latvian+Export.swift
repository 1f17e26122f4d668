import PKCore
import PKExport

extension Catalogue {
    /// Errors of exports, in Latvian.
    static let latvianExportErrors: KeyValuePairs<ExportText, String> = [
        .exportFileExists: "fails {path} jau ir; pievienojiet --force, lai to aizstātu",
        .exportPathIsFolder: "{path} ir mape; norādiet faila nosaukumu, piemēram, {folder}2019.xlsx",
        .exportFolderMissing: "nevar ierakstīt {path}: mapes {folder} nav",
        .exportNotAFolder: "nevar ierakstīt {path}: {folder} nav mape",
        .exportCannotCreate: "nevar ierakstīt {path}: mapē {folder} nevar izveidot failu: {reason}",
        .exportUnwritable: "nevar ierakstīt {path}: {reason}",
        .xlsxContainerFailed: "xlsx failu neizdevās salikt: {reason}",
        .xlsxTooManyRows: "xlsx darblapā ietilpst {limit} rindas — virsraksts un {data} ierakstu rindas; šajā eksportā to ir vairāk: saglabājiet to csv vai tsv formātā vai eksportējiet mazāk gadu vai iestāžu",
    ]

    /// Help of export, in Latvian.
    static let latvianExportHelp: KeyValuePairs<HelpText, String> = [
        .metaFormat: "FORMĀTS",
        .metaLayout: "wide|long",
        .exportYearOption: "šī gada ieraksti, nevis pārskata gada",
        .exportAllYearsOption: "visu gadu ieraksti (gads ir pirmajā kolonnā)",
        .exportLayoutOption: "wide (pēc noklusējuma): rinda katram ierakstam; long: rinda katram ierakstam un kanālam, kopsavilkuma tabulām",
        .exportInstitutionOption: "administratoriem: šīs iestādes ieraksti",
        .exportAllInstitutionsOption: "administratoriem: visu iestāžu ieraksti (pievieno kolonnu Iestāde)",
        .exportForceOption: "aizstāt FAILU, ja tas jau ir",
        .exportSummary: "lejupielādēt gada ierakstus xlsx, csv vai tsv formātā (Lejupielādēt)",
        .exportDetails: "xlsx: viena darblapa ar gada nosaukumu; trekna, fiksēta galvene; skaitļi, datumi un procenti (94.41) kā īstas šūnas; ne vairāk kā 1 048 575 rindas bez galvenes, cik ietilpst Excel (lielāku eksportu atsaka: izmantojiet csv). csv: RFC 4180 ar komatiem, UTF-8 ar baitu secības zīmi, lai Excel rāda ā, š, ž. tsv: tabulatori, UTF-8, bez zīmes. Kolonnas kā SPEC 4. nodaļā (wide) vai, ar --layout long: gads, kods, nosaukums, kanāls, uzsākti, pabeigti. Failu raksta ar pagaidu nosaukumu un pārdēvē, kad tas ir pilnīgs; esošu FAILU aizstāj tikai ar --force vai pēc apstiprinājuma terminālī.",
    ]

    /// What the shell says: export, in Latvian.
    static let latvianExport: KeyValuePairs<ShellText, String> = [
        .confirmReplaceFile: "Fails {path} jau ir. Aizstāt to?",
        .exportWroteYear: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par {year}. gadu",
        .exportWroteAllYears: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par visiem gadiem",
        .exportWroteYearInstitution: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par {year}. gadu (iestāde {institution})",
        .exportWroteAllYearsInstitution: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par visiem gadiem (iestāde {institution})",
        .exportWroteYearEveryInstitution: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par {year}. gadu (visas iestādes)",
        .exportWroteAllYearsEveryInstitution: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par visiem gadiem (visas iestādes)",
        .exportLongLayout: "{wrote}; garais izkārtojums, {rows} {rows:rinda|rindas|rindu}",
    ]
}
