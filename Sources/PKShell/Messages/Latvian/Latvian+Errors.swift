import PKCore

extension Catalogue {
    /// What the shell says: errors of the shell, in Latvian.
    static func latvianErrors(_ key: ShellText) -> String? {
        switch key {
        case .notLoggedIn: "jūs neesat pieteicies; vispirms piesakieties: login LIETOTĀJS"
        case .noOpenRecord: "neviens ieraksts nav atvērts; atveriet to ar pievienot PAKALPOJUMS vai labot PAKALPOJUMS"
        case .unsavedChanges: "{code} {year}. gada ierakstā ir nesaglabātas izmaiņas; saglabājiet tās vai izpildiet close --discard"
        case .endedUnsaved: "skripts beidzās ar nesaglabātām izmaiņām {code} {year}. gada ierakstā; tās netika saglabātas (beidziet skriptu ar saglabāt vai close --discard)"
        case .noPassword: "nav paroles: terminālī pks to prasa, citādi iestatiet ${variable}"
        case .passwordsDiffer: "abas paroles atšķiras; nekas netika mainīts"
        case .invalidYear: "'{text}' nav pārskata gads; norādiet gadu no {first} līdz {last}"
        case .invalidDate: "'{text}' nav datums; rakstiet to kā DD.MM.GGGG vai GGGG-MM-DD"
        case .invalidLimit: "--limit jābūt veselam ierakstu skaitam no 1 līdz {maximum}, nevis '{text}'"
        case .unknownHelpTopic: "par '{topic}' palīdzības nav (help parāda komandas, help kanāli — kanālus)"
        case .cannotReadScript: "nevar nolasīt {path}: {reason}"
        case .includeCycle: "skripts izsauc pats sevi: {chain}"
        case .includeTooDeep: "skripti ir ligzdoti dziļāk par {depth} līmeņiem"
        case .invalidUTF8: "rinda nav derīgs UTF-8 teksts"
        case .lineTooLong: "rinda ir {bytes} baitus gara; rindā drīkst būt ne vairāk kā {limit} baitu"
        case .notText: "šis nav teksta fails (tajā ir nulles baits); tālāk tas netiek lasīts"
        case .unreadableInput: "tālāk nevar nolasīt: {reason}"
        case .declined: "atcelts; nekas netika mainīts"
        case .invalidVariableName: "'{name}' nav mainīgā nosaukums (burti, cipari un _, nesākas ar ciparu)"
        case .interrupted: "pārtraukts (Ctrl-C) pēc {n} {n:komandas|komandām|komandām}; komandas pēc šīs rindas netika izpildītas"
        case .unterminatedDoubleQuote: "dubultpēdiņas, kas sākas {column}. kolonnā, nav aizvērtas"
        case .unterminatedSingleQuote: "vienpēdiņa, kas sākas {column}. kolonnā, nav aizvērta"
        case .danglingEscape: "'\\' {column}. kolonnā neko neaizsargā: rinda tur beidzas"
        case .badVariableReference: "{opening} {column}. kolonnā nav mainīgais: rakstiet {form} (burti, cipari un _, nesākas ar ciparu) vai \\$ dolāra zīmei"
        case .undefinedVariable: "nedefinēts mainīgais ${name} {column}. kolonnā; definējiet to ar let {name} = VĒRTĪBA vai --var {name}=VĒRTĪBA"
        case .unknownCommand: "nezināma komanda '{word}' (help parāda komandas)"
        case .unknownCommandSuggestion: "nezināma komanda '{word}'; varbūt domājāt '{suggestion}'? (help parāda komandas)"
        case .unknownCommandInFile: "rinda nesākas ar komandu (help parāda komandas)"
        case .unknownCommandInFileSuggestion: "rinda nesākas ar komandu; varbūt domājāt '{suggestion}'? (help parāda komandas)"
        case .unknownSubcommand: "nezināma komanda '{family} {word}'; {family} pieņem: {choices}"
        case .missingSubcommand: "komandai {family} vajag vienu no: {choices}"
        case .wrongArgumentCount: "nepareizs argumentu skaits ({n}); lietojums: {usage}"
        case .unknownOption: "{command} nav opcijas {option}; lietojums: {usage}"
        case .unknownOptionSuggestion: "{command} nav opcijas {option}; varbūt domājāt {suggestion}?; lietojums: {usage}"
        case .missingOptionValue: "opcijai {option} vajag vērtību; lietojums: {usage}"
        case .emptyFileName: "faila nosaukums ir tukšs; lietojums: {usage}"
        case .missingOption: "opcija {option} ir obligāta; lietojums: {usage}"
        case .sourcedScriptFailed: "izsauktais skripts apstājās pie iepriekšējās kļūdas"
        case .unknownExportFormat: "nezināms eksporta formāts '{format}'; izmantojiet {formats}"
        case .unknownLayout: "nezināms izkārtojums '{layout}'; izmantojiet wide vai long"
        case .conflictingOptions: "{first} un {second} izslēdz viena otru; norādiet vienu"
        default: nil
        }
    }
}
