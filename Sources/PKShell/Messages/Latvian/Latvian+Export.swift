import PKCore
import PKExport

extension Catalogue {
    /// Errors of exports, in Latvian.
    static func latvianExportErrors(_ key: ExportText) -> String {
        switch key {
        case .exportFileExists: "fails {path} jau ir; pievienojiet --force, lai to aizstātu"
        case .exportPathIsFolder: "{path} ir mape; norādiet faila nosaukumu, piemēram, {folder}2019.xlsx"
        case .exportFolderMissing: "nevar ierakstīt {path}: mapes {folder} nav"
        case .exportNotAFolder: "nevar ierakstīt {path}: {folder} nav mape"
        case .exportCannotCreate: "nevar ierakstīt {path}: mapē {folder} nevar izveidot failu: {reason}"
        case .exportUnwritable: "nevar ierakstīt {path}: {reason}"
        case .exportInterrupted: "eksports pārtraukts (Ctrl-C); failā {path} nekas netika ierakstīts"
        case .xlsxContainerFailed: "xlsx failu neizdevās salikt: {reason}"
        case .xlsxTooManyRows: "xlsx darblapā ietilpst {limit} rindas — virsraksts un {data} ierakstu rindas; šajā eksportā to ir vairāk: saglabājiet to csv vai tsv formātā vai eksportējiet mazāk gadu vai iestāžu"
        }
    }

    /// Help of export, in Latvian.
    static func latvianExportHelp(_ key: HelpText) -> String? {
        switch key {
        case .metaFormat: "FORMĀTS"
        case .metaLayout: "wide|long"
        case .exportYearOption: "šī gada ieraksti, nevis pārskata gada"
        case .exportAllYearsOption: "visu gadu ieraksti (gads ir pirmajā kolonnā)"
        case .exportLayoutOption: "wide (pēc noklusējuma): rinda katram ierakstam; long: rinda katram ierakstam un kanālam, kopsavilkuma tabulām"
        case .exportInstitutionOption: "administratoriem: šīs iestādes ieraksti"
        case .exportAllInstitutionsOption: "administratoriem: visu iestāžu ieraksti (pievieno kolonnu Iestāde)"
        case .exportForceOption: "aizstāt FAILU, ja tas jau ir"
        case .exportSummary: "lejupielādēt gada ierakstus xlsx, csv vai tsv formātā (Lejupielādēt)"
        case .exportDetails: "xlsx: viena darblapa ar gada nosaukumu; trekna, fiksēta galvene; skaitļi, datumi un procenti (94.41) kā īstas šūnas; ne vairāk kā 1 048 575 rindas bez galvenes, cik ietilpst Excel (lielāku eksportu atsaka: izmantojiet csv). csv: RFC 4180 ar komatiem, UTF-8 (Excel: xlsx vai --excel). tsv: tabulatori, UTF-8. Kolonnas kā SPEC 4. nodaļā (wide) vai, ar --layout long: gads, kods, nosaukums, kanāls, uzsākti, pabeigti. Failu raksta ar pagaidu nosaukumu un pārdēvē, kad tas ir pilnīgs (skriptā ar --single-transaction — kad skripts izdevies; ar --dry-run — dzēš); esošu FAILU aizstāj tikai ar --force vai pēc apstiprinājuma terminālī (tukšu — vienmēr)."
        default: nil
        }
    }

    /// What the shell says: export, in Latvian.
    static func latvianExport(_ key: ShellText) -> String? {
        switch key {
        case .confirmReplaceFile: "Fails {path} jau ir. Aizstāt to?"
        case .exportWroteYear: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par {year}. gadu"
        case .exportWroteAllYears: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par visiem gadiem"
        case .exportWroteYearInstitution: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par {year}. gadu (iestāde {institution})"
        case .exportWroteAllYearsInstitution: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par visiem gadiem (iestāde {institution})"
        case .exportWroteYearEveryInstitution: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par {year}. gadu (visas iestādes)"
        case .exportWroteAllYearsEveryInstitution: "saglabāts {path}: {n} {n:ieraksts|ieraksti|ierakstu} par visiem gadiem (visas iestādes)"
        case .exportLongLayout: "{wrote}; garais izkārtojums, {rows} {rows:rinda|rindas|rindu}"
        case .exportLeavesOutUnsaved: "atvērtajā {code} {year}. gada ierakstā ir nesaglabātas izmaiņas, kuru eksportā nebūs (tiek rakstīts saglabātais); lai tās iekļautu, vispirms saglabājiet"
        case .exportHeld: "{wrote}; fails parādīsies tikai tad, ja izdosies viss skripts (--single-transaction)"
        case .exportNotKept: "{wrote}; izmēģinājums: beigās fails tiks dzēsts"
        case .exportNameOfOtherFormat: "{path} beidzas ar .{named}, bet šis eksports raksta {format}: programma, kas atver failus pēc nosaukuma, to var nenolasīt"
        default: nil
        }
    }
}
