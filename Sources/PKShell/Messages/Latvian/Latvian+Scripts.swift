import PKCore

extension Catalogue {
    /// What the shell says: scripts, start-up, the terminal, in Latvian.
    static func latvianScripts(_ key: ShellText) -> String? {
        switch key {
        case .scriptSummary: "kopsavilkums: {n} {n:komanda|komandas|komandu}, no tām neizdevās {failed}, ar brīdinājumu {warned}"
        case .dryRunNothingKept: "izmēģinājums (--dry-run): nekas netika saglabāts"
        case .singleTransactionNothingKept: "piezīme: nekas no skripta paveiktā netika saglabāts (--single-transaction)"
        case .databaseCreated: "izveidota datubāze {path} ar administratoru {login} ({name}), {institution}"
        case .databaseMigrated: "{path} shēma atjaunināta no versijas {from} uz {to}"
        case .databaseUpToDate: "{path} shēmas versija ir {to}, jaunākā, ko šī pks zina"
        case .demoSkipped: "(izlaists)"
        case .demoEnded: "(demonstrācija beidzās {location})"
        case .demoNothingKept: "demonstrācijas izmaiņas atsauktas, tāpēc to var rādīt vēlreiz (pks demo --keep tās saglabā); eksportētie faili paliek"
        case .demoOver: "({file} beidzās: jautājumiem turpiniet šajā čaulā; quit beidz demonstrāciju)"
        case .demoStepPrompt: "⏎ izpildīt · s izlaist · b atpakaļ · Ctrl-L notīrīt · q beigt"
        case .demoNeedsTerminal: "pks demo darbojas tikai terminālī: pirms katras komandas tā gaida Enter; lai skriptu vienkārši izpildītu, lietojiet pks run {file}"
        case .invalidNow: "$PKS_NOW jābūt formā GGGG-MM-DDTHH:MM:SS, nevis '{text}'"
        case .invalidToday: "$PKS_TODAY jābūt formā GGGG-MM-DD, nevis '{text}'"
        case .startupUsage: "lietojums: pks [OPCIJAS] [-c KOMANDA ...] | pks run FAILS... | pks demo FAILS | pks init --admin LIETOTĀJS --name VĀRDS (skatiet pks --help)"
        case .usageUnknownOption: "nezināma opcija {item}"
        case .usageMissingArgument: "trūkst argumenta {item}"
        case .usageMissingValue: "trūkst vērtības opcijai {item}"
        case .usageUnexpectedArgument: "negaidīts arguments {item}"
        case .banner: "pks — pakalpojumu izpildes rādītāji Pakalpojumu katalogā. Komandu saraksts: help (palīdzība)."
        case .moreCandidates: "… vēl {n}; rakstiet vairāk burtu"
        case .historyNotKept: "komandu vēsturi nevar glabāt {path}: {reason}; šīs sesijas komandas netiks atcerētas"
        case .invalidVariableAssignment: "--var vajag NOSAUKUMS=VĒRTĪBA, kur nosaukumā ir burti, cipari un _, nevis '{text}'"
        default: nil
        }
    }
}
