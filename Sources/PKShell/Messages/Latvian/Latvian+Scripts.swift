import PKCore

extension Catalogue {
    /// What the shell says: scripts, start-up, the terminal, in Latvian.
    static let latvianScripts: KeyValuePairs<ShellText, String> = [
        .scriptSummary: "kopsavilkums: {n} {n:komanda|komandas|komandu}, no tām neizdevās {failed}, ar brīdinājumu {warned}",
        .dryRunNothingKept: "izmēģinājums (--dry-run): nekas netika saglabāts",
        .singleTransactionNothingKept: "piezīme: nekas no skripta paveiktā netika saglabāts (--single-transaction)",
        .databaseCreated: "izveidota datubāze {path} ar administratoru {login} ({name}), {institution}",
        .databaseMigrated: "{path} shēma atjaunināta no versijas {from} uz {to}",
        .databaseUpToDate: "{path} shēmas versija ir {to}, jaunākā, ko šī pks zina",
        .demoSkipped: "(izlaists)",
        .demoEnded: "(demonstrācija beidzās {location})",
        .demoNothingKept: "demonstrācijas izmaiņas atsauktas, tāpēc to var rādīt vēlreiz (pks demo --keep tās saglabā)",
        .demoOver: "({file} beidzās: jautājumiem turpiniet šajā čaulā; quit beidz demonstrāciju)",
        .demoStepPrompt: "⏎ izpildīt · s izlaist · b atpakaļ · Ctrl-L notīrīt · q beigt",
        .demoNeedsTerminal: "pks demo darbojas tikai terminālī: pirms katras komandas tā gaida Enter; lai skriptu vienkārši izpildītu, lietojiet pks run {file}",
        .invalidNow: "$PKS_NOW jābūt formā GGGG-MM-DDTHH:MM:SS, nevis '{text}'",
        .invalidToday: "$PKS_TODAY jābūt formā GGGG-MM-DD, nevis '{text}'",
        .startupUsage: "lietojums: pks [OPCIJAS] [-c KOMANDA ...] | pks run FAILS... | pks demo FAILS | pks init --admin LIETOTĀJS --name VĀRDS (skatiet pks --help)",
        .banner: "pks — pakalpojumu izpildes rādītāji Pakalpojumu katalogā. Komandu saraksts: help (palīdzība).",
        .moreCandidates: "… vēl {n}; rakstiet vairāk burtu",
        .historyNotKept: "komandu vēsturi nevar glabāt {path}: {reason}; šīs sesijas komandas netiks atcerētas",
        .invalidVariableAssignment: "--var vajag NOSAUKUMS=VĒRTĪBA, kur nosaukumā ir burti, cipari un _, nevis '{text}'",
    ]
}
