import PKCore
import PKExport

extension Catalogue {
    /// What the shell says: import, open, add --from, in Latvian.
    static let latvianImport: KeyValuePairs<ShellText, String> = [
        .serviceImportDone: "importēts {path}: {created} {created:apraksts izveidots|apraksti izveidoti|aprakstu izveidots} (nepublicēti), {updated} ar jauniem kanāliem, {unchanged} bez izmaiņām",
        .serviceImportDryRun: "izmēģinājums, nekas netiek saglabāts: {path} izveidotu {created} {created:aprakstu|aprakstus|aprakstu}, mainītu kanālus {updated}, {unchanged} atstātu bez izmaiņām",
        .importDone: "importēts {path}: {created} {created:melnraksts izveidots|melnraksti izveidoti|melnrakstu izveidots}, {updated} {updated:atjaunināts|atjaunināti|atjauninātu}, {unchanged} bez izmaiņām",
        .importDryRun: "izmēģinājums, nekas netiek saglabāts: {path} izveidotu {created} {created:melnrakstu|melnrakstus|melnrakstu}, atjauninātu {updated}, {unchanged} atstātu bez izmaiņām",
        .importRefused: "no {path} nekas nav importēts: {n} {n:kļūda|kļūdas|kļūdu} (iepriekš); izlabojiet tās un importējiet vēlreiz",
        .unknownImportFormat: "nezināms formāts '{format}'; import lasa {formats}",
        .excelOnlyCSV: "--excel ir csv veids (semikoli, baitu secības zīme); uz {format} tas neattiecas",
        .recordCreatedFrom: "jauns {code} {name} {year}. gada ieraksts, sākts no {from}. gada; kanāli: {channels}. Pārbaudiet skaitļus ar show, tad saglabājiet.",
        .channelsNotCarried: "{code} {year}. gada ierakstā ir skaitļi kanālos {channels}, kuru vairs nav aprakstā; tie netika pārnesti",
    ]

    /// Help of import, open, add --from and export --excel, in Latvian.
    static let latvianImportHelp: KeyValuePairs<HelpText, String> = [
        .serviceImportSummary: "apraksti vairumā no csv, tsv vai xlsx faila; visas rindas vai neviena",
        .serviceImportDetails: "Kolonnas Kods, Pakalpojums, Kanāli (kanālu atslēgas vai nosaukumi, atdalīti ar atstarpēm) un pēc izvēles Iestāde (administratoriem: iestādes kods; citādi jūsu pašu) un Apraksts (īsais apraksts; tukša šūna to notīra). Lielie burti, garumzīmes un kolonnu secība nav svarīgi; jebkura cita kolonna ir kļūda. Jauns kods izveido nepublicētu aprakstu ar šiem kanāliem; kods, kas jūsu iestādei jau ir, ar to pašu nosaukumu, saņem faila kanālus. Katra kļūdainā rinda tiek parādīta kā FAILS:RINDA: kļūda:, nosaucot kolonnu, un tad nekas netiek importēts; katra izmaiņa tiek auditēta.",
        .metaTableFormat: "csv|tsv|xlsx",
        .importSummary: "skaitļi no csv, tsv vai xlsx faila ar eksporta kolonnām; visas rindas vai neviena",
        .importDetails: "Lasa kolonnas, ko raksta export, tāpēc eksportēts, izklājlapā labots un saglabāts fails importējas atpakaļ. Platais izkārtojums: Gads, Kods, tad katram kanālam '<kanāla nosaukums> uzsākti' un '<kanāla nosaukums> pabeigti' (der arī kanāla atslēga: 'e-latvija uzsākti'), Sūdzības, Kavējumi. Garais izkārtojums: Gads, Kods, Kanāls, Uzsākti, Pabeigti, rinda katram kanālam. Kods ir obligāts; bez Gads kolonnas domāts pārskata gads. Pakalpojums, Statuss, Atjaunots, Iestāde, kopsummas un rādītāji netiek ņemti vērā (tos aprēķina pks); jebkura cita kolonna ir kļūda. Lielie burti, garumzīmes un kolonnu secība nav svarīgi. Skaitļiem jābūt veseliem, no 0 līdz 1 000 000 000, tikai cipari; tukšs šūnu pāris notīra kanālu; kanāls, ko fails nenosauc, paliek, kāds bija. csv var būt ar komatiem vai semikoliem, UTF-8 (citādi Windows-1257, ar brīdinājumu). Katra rinda izveido pakalpojuma gada melnrakstu vai to atjaunina; iesniegtus ierakstus mainīt nevar. Katra kļūdainā rinda tiek parādīta kā FAILS:RINDA: kļūda:, nosaucot kolonnu, un tad nekas netiek importēts. E-pakalpojumiem rādītāji tiek aprēķināti; katrs ieraksts tiek auditēts.",
        .importDryRunOption: "pārbaudīt un saskaitīt, neko nesaglabāt",
        .importFormatOption: "faila formāts, ja tā nosaukums nebeidzas ar .csv, .tsv vai .xlsx",
        .openSummary: "atvērt pakalpojuma gada melnrakstu, izveidojot to, ja tā nav (skriptiem, ko palaiž atkārtoti)",
        .openDetails: "open ir add, ja pakalpojumam šogad ieraksta nav, un edit, ja tam ir melnraksts; iesniegts ieraksts tiek atteikts. Atkārtojuma skriptu, kas lieto open, var izlabot un palaist vēlreiz: otrā reize atjaunina pirmās izveidotos melnrakstus.",
        .addFromOption: "sākt no šī gada skaitļiem, sūdzībām un kavējumiem (kanāliem, kas vēl ir aprakstā)",
        .exportExcelOption: "csv Excel ar latviešu iestatījumiem: semikoli un baitu secības zīme",
    ]

    /// Problems of imported rows, in Latvian.
    static let latvianImportProblems: KeyValuePairs<ImportText, String> = [
        .importInvalidCode: "'{code}' nav pakalpojuma kods (1–20 burti, cipari, - _ .)",
        .importInvalidName: "pakalpojuma nosaukumā ir 1–300 rakstzīmes, ne tikai atstarpes, bez vadības rakstzīmēm",
        .importInvalidDescription: "īsajā aprakstā ir 1–2000 rakstzīmes vienā rindā, ne tikai atstarpes, bez vadības rakstzīmēm",
        .importDuplicateService: "{code} ir arī {first}. rindā",
        .importServiceNamed: "{code} katalogā jau ir kā “{name}”; citu nosaukumu imports nemaina",
        .importFailed: "nevar importēt: {reason}",
        .importCellProblem: "kolonna “{column}”: {reason}",
        .importMissingColumn: "galvenē nav kolonnas {column}",
        .importUnknownColumns: "{n:nezināma kolonna|nezināmas kolonnas|nezināmu kolonnu} {columns}; komandas palīdzībā ir kolonnas, ko tā lasa",
        .importDuplicateColumn: "galvenē šī kolonna jau ir kā “{first}”",
        .importUnpairedColumn: "kanālam vajag abas kolonnas, “{started}” un “{completed}”",
        .importMixedLayouts: "galvene jauc garo izkārtojumu (Kanāls, Uzsākti, Pabeigti) ar platā kolonnām; lietojiet vienu izkārtojumu",
        .importIncompletePair: "norādiet gan “{started}”, gan “{completed}”, vai atstājiet abas tukšas, lai notīrītu kanālu",
        .importInvalidYear: "'{text}' nav pārskata gads ({first}–{last})",
        .importDuplicateRecord: "{code} {year} ir arī {first}. rindā; viena rinda katram ierakstam",
        .importDuplicateChannel: "{code} {year} kanāls {channel} ir arī {first}. rindā",
        .importUnknownService: "jūsu iestādē nav pakalpojuma '{code}' (sk. services)",
        .importNotPublished: "pakalpojums {code} nav publicēts; statistiku var ievadīt tikai publicētiem pakalpojumiem",
        .importSubmitted: "{code} {year}. gada ieraksts ir iesniegts; tā vērtības vairs nevar mainīt",
    ]

    /// Errors and warnings of reading tables, in Latvian.
    static let latvianReading: KeyValuePairs<ReadingText, String> = [
        .readAsWindows1257: "{path} nav UTF-8; nolasīts kā Windows-1257 (baltu): pārbaudiet nosaukumus vai saglabājiet to kā CSV UTF-8",
        .tableUnreadable: "nevar nolasīt {path}: {reason}",
        .tableUnknownFormat: "no nosaukuma nevar noteikt {path} formātu; pievienojiet --format ar vienu no {formats}",
        .tableQuoteOpen: "pēdiņās likts lauks sākas {path} {line}. rindā un netiek aizvērts",
        .tableEmpty: "{path} nav nevienas rindas, pat galvenes",
        .xlsxNotAPackage: "{path} nav xlsx fails (nav zip pakotne); saglabājiet to kā Excel 2007-365 (.xlsx)",
        .xlsxPartMissing: "{path} ir bojāts: tas atsaucas uz {part}, kura tajā nav",
        .xlsxNoSheet: "{path} nav darblapas",
        .xlsxBadXML: "{path} ir bojāts: {part} nav pareizs XML",
    ]
}
