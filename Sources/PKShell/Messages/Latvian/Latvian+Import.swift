import PKCore
import PKExport

extension Catalogue {
    /// What the shell says: import, open, add --from, in Latvian.
    static func latvianImport(_ key: ShellText) -> String? {
        switch key {
        case .serviceImportDone: "importēts {path}: {created} {created:apraksts izveidots|apraksti izveidoti|aprakstu izveidots} (nepublicēti), {updated} {updated:mainīts|mainīti|mainīti} (kanāli vai īsais apraksts), {unchanged} bez izmaiņām"
        case .serviceImportDryRun: "izmēģinājums, nekas netiek saglabāts: {path} izveidotu {created} {created:aprakstu|aprakstus|aprakstu}, mainītu {updated} (kanālus vai īso aprakstu), {unchanged} atstātu bez izmaiņām"
        case .importDone: "importēts {path}: {created} {created:melnraksts izveidots|melnraksti izveidoti|melnrakstu izveidots}, {updated} {updated:atjaunināts|atjaunināti|atjauninātu}, {unchanged} bez izmaiņām"
        case .importDryRun: "izmēģinājums, nekas netiek saglabāts: {path} izveidotu {created} {created:melnrakstu|melnrakstus|melnrakstu}, atjauninātu {updated}, {unchanged} atstātu bez izmaiņām"
        case .importRefused: "no {path} nekas nav importēts: {n} {n:kļūda|kļūdas|kļūdu} (iepriekš); izlabojiet tās un importējiet vēlreiz"
        case .unknownImportFormat: "nezināms formāts '{format}'; import lasa {formats}"
        case .excelOnlyCSV: "--excel ir csv veids (semikoli, baitu secības zīme); uz {format} tas neattiecas"
        case .recordCreatedFrom: "jauns {code} {name} {year}. gada ieraksts, sākts no {from}. gada; kanāli: {channels}. Pārbaudiet skaitļus ar show, tad saglabājiet."
        case .channelsNotCarried: "{code} {year}. gada ierakstā ir skaitļi kanālos {channels}, kuru vairs nav aprakstā; tie netika pārnesti"
        default: nil
        }
    }

    /// Help of import, open, add --from and export --excel, in Latvian.
    static func latvianImportHelp(_ key: HelpText) -> String? {
        switch key {
        case .serviceImportSummary: "apraksti vairumā no csv, tsv vai xlsx faila; visas rindas vai neviena"
        case .serviceImportDetails: "Kolonnas Kods, Pakalpojums, Kanāli (kanālu atslēgas vai nosaukumi, atdalīti ar atstarpēm) un pēc izvēles Iestāde (administratoriem: iestādes kods; citādi jūsu pašu) un Apraksts (īsais apraksts; tukša šūna to notīra). Lielie burti, garumzīmes un kolonnu secība nav svarīgi; jebkura cita kolonna ir kļūda. Jauns kods izveido nepublicētu aprakstu ar šiem kanāliem; kods, kas jūsu iestādei jau ir, ar to pašu nosaukumu, saņem faila kanālus. Katra kļūdainā rinda tiek parādīta kā FAILS:RINDA: kļūda:, nosaucot kolonnu, un tad nekas netiek importēts; katra izmaiņa tiek auditēta."
        case .metaTableFormat: "csv|tsv|xlsx"
        case .importSummary: "skaitļi no csv, tsv vai xlsx faila ar eksporta kolonnām; visas rindas vai neviena"
        case .importDetails: "Lasa kolonnas, ko raksta export, tāpēc eksportēts, izklājlapā labots un saglabāts fails importējas atpakaļ. Platais izkārtojums: Gads, Kods, tad katram kanālam '<kanāla nosaukums> uzsākti' un '<kanāla nosaukums> pabeigti' (der arī kanāla atslēga: 'e-latvija uzsākti'), Sūdzības, Kavējumi. Garais izkārtojums: Gads, Kods, Kanāls, Uzsākti, Pabeigti, rinda katram kanālam. Kods ir obligāts; bez Gads kolonnas domāts pārskata gads. Pakalpojums, Statuss, Atjaunots, Iestāde, kopsummas un rādītāji netiek ņemti vērā (tos aprēķina pks); jebkura cita kolonna ir kļūda. Lielie burti, garumzīmes un kolonnu secība nav svarīgi. Skaitļiem jābūt veseliem, no 0 līdz 1 000 000 000, tikai cipari; tukšs šūnu pāris notīra kanālu; kanāls, ko fails nenosauc, paliek, kāds bija. csv var būt ar komatiem vai semikoliem, UTF-8 (citādi Windows-1257, ar brīdinājumu); katrā tā rindā ir vērtība vai tukša šūna katrai galvenes kolonnai. Katra rinda izveido pakalpojuma gada melnrakstu vai to atjaunina; iesniegtus ierakstus mainīt nevar. Katra kļūdainā rinda tiek parādīta kā FAILS:RINDA: kļūda:, nosaucot kolonnu, un tad nekas netiek importēts. E-pakalpojumiem rādītāji tiek aprēķināti; katrs ieraksts tiek auditēts."
        case .importDryRunOption: "pārbaudīt un saskaitīt, neko nesaglabāt"
        case .importFormatOption: "faila formāts, ja tā nosaukums nebeidzas ar .csv, .tsv vai .xlsx"
        case .openSummary: "atvērt pakalpojuma gada melnrakstu, izveidojot to, ja tā nav (skriptiem, ko palaiž atkārtoti)"
        case .openDetails: "open ir add, ja pakalpojumam šogad ieraksta nav, un edit, ja tam ir melnraksts; iesniegts ieraksts tiek atteikts. Atkārtojuma skriptu, kas lieto open, var izlabot un palaist vēlreiz: otrā reize atjaunina pirmās izveidotos melnrakstus."
        case .addFromOption: "sākt no šī gada skaitļiem, sūdzībām un kavējumiem (kanāliem, kas vēl ir aprakstā)"
        case .exportExcelOption: "csv Excel ar latviešu iestatījumiem: semikoli un baitu secības zīme"
        default: nil
        }
    }

    /// Problems of imported rows, in Latvian.
    static func latvianImportProblems(_ key: ImportText) -> String {
        switch key {
        case .importInvalidCode: "'{code}' nav pakalpojuma kods (1–20 latīņu burti A–Z bez garumzīmēm, cipari, - _ .)"
        case .importInvalidName: "pakalpojuma nosaukumā ir 1–300 rakstzīmes, ne tikai atstarpes, bez vadības rakstzīmēm"
        case .importInvalidDescription: "īsajā aprakstā ir 1–2000 rakstzīmes vienā rindā, ne tikai atstarpes, bez vadības rakstzīmēm"
        case .importDuplicateService: "{code} ir arī {first}. rindā"
        case .importServiceOfInstitution: "{code} jau ir iestādes {institution} pakalpojums; imports pakalpojumu citai iestādei nepārceļ"
        case .importServiceNamed: "{code} katalogā jau ir kā “{name}”; citu nosaukumu imports nemaina"
        case .importFailed: "nevar importēt: {reason}"
        case .importCellProblem: "kolonna “{column}”: {reason}"
        case .importMissingColumn: "galvenē nav kolonnas {column}"
        case .importUnknownColumns: "{n:nezināma kolonna|nezināmas kolonnas|nezināmu kolonnu} {columns}; komandas palīdzībā ir kolonnas, ko tā lasa"
        case .importDuplicateColumn: "galvenē šī kolonna jau ir kā “{first}”"
        case .importUnpairedColumn: "kanālam vajag abas kolonnas, “{started}” un “{completed}”"
        case .importMixedLayouts: "galvene jauc garo izkārtojumu (Kanāls, Uzsākti, Pabeigti) ar platā kolonnām; lietojiet vienu izkārtojumu"
        case .importIncompletePair: "norādiet gan “{started}”, gan “{completed}”, vai atstājiet abas tukšas, lai notīrītu kanālu"
        case .importInvalidYear: "'{text}' nav pārskata gads ({first}–{last})"
        case .importDuplicateRecord: "{code} {year} ir arī {first}. rindā; viena rinda katram ierakstam"
        case .importDuplicateChannel: "{code} {year} kanāls {channel} ir arī {first}. rindā"
        case .importUnknownService: "jūsu iestādē nav pakalpojuma '{code}' (sk. services)"
        case .importNotPublished: "pakalpojums {code} nav publicēts; statistiku var ievadīt tikai publicētiem pakalpojumiem"
        case .importSubmitted: "{code} {year}. gada ieraksts ir iesniegts; tā vērtības vairs nevar mainīt"
        case .importShortRow: "rindā ir {n} {n:vērtība|vērtības|vērtību}, bet galvenē {columns} kolonnas; trūkstoša vērtība netiek uzskatīta par tukšu šūnu: ierakstiet visus rindas atdalītājus"
        case .importValueOutsideHeader: "'{text}' ir {column}. kolonnā, aiz galvenes pēdējās ({columns}.); izņemiet to vai nosauciet tās kolonnu"
        }
    }

    /// Errors and warnings of reading tables, in Latvian.
    static func latvianReading(_ key: ReadingText) -> String {
        switch key {
        case .readAsWindows1257: "{path} nav UTF-8; nolasīts kā Windows-1257 (baltu): pārbaudiet nosaukumus vai saglabājiet to kā CSV UTF-8"
        case .tableUnreadable: "nevar nolasīt {path}: {reason}"
        case .tableUnknownFormat: "no nosaukuma nevar noteikt {path} formātu; pievienojiet --format ar vienu no {formats}"
        case .tableQuoteOpen: "pēdiņās likts lauks sākas {path} {line}. rindā un netiek aizvērts"
        case .tableEmpty: "{path} nav nevienas rindas, pat galvenes"
        case .xlsxNotAPackage: "{path} nav xlsx fails (nav zip pakotne); saglabājiet to kā Excel 2007-365 (.xlsx)"
        case .xlsxPartMissing: "{path} ir bojāts: tas atsaucas uz {part}, kura tajā nav"
        case .xlsxNoSheet: "{path} nav darblapas"
        case .xlsxBadXML: "{path} ir bojāts: {part} nav pareizs XML"
        }
    }
}
