import PKCore

extension Catalogue {
    /// Help of compare, in Latvian.
    static func latvianCompareHelp(_ key: HelpText) -> String? {
        switch key {
        case .compareSummary: "gads salīdzinājumā ar citu (pēc noklusējuma iepriekšējo) pa pakalpojumiem un kanāliem, ar joslām"
        case .compareDetails: """
            Katrs pakalpojums, kam ir ieraksts kādā no abiem gadiem: katrā kanālā abu gadu uzsākti/pabeigti, \
            uzsākto pakalpojumu izmaiņa skaitā un procentos ('jauns', ja agrākajā gadā neviens nebija uzsākts) un \
            izmaiņa kā josla, '+' pieaugumam un '-' kritumam, vienā mērogā visam sarakstam un tik plata, cik terminālis \
            atļauj (# ar --ascii vai ja izvade nav UTF-8); tad abi katra gada kvalitātes rādītāji, aprēķināti no \
            skaitļiem. Ieraksts, kas ir tikai vienā gadā, ir tā atzīmēts. Beigās iestādes kopsummas pa kanāliem no \
            visiem katra gada ierakstiem. Skaitās gan melnraksti, gan iesniegtie ieraksti. Administratoriem: \
            --institution KODS salīdzina šo iestādi. --json: {"year", "against", "institution", "services": [{"code", \
            "name", "only": GADS|null, "previous"|"current": {"status", "started", "completed", "success", "usage"}|null, \
            "change", "percent", "channels": {ATSLĒGA: {"previous", "current", "change", "percent"}}}], "totals": …}.
            """
        default: nil
        }
    }

    /// What the shell says: compare, in Latvian.
    static func latvianCompare(_ key: ShellText) -> String? {
        switch key {
        case .compareHeading: "{year}. gads salīdzinājumā ar {against}. gadu: {code} {name}"
        case .compareLegend: "katrā kanālā uzsākti/pabeigti; izmaiņa — uzsāktajos pakalpojumos"
        case .compareOnlyIn: "tikai {year}. gadā"
        case .compareNew: "jauns"
        case .compareTotalsHeading: "visi {code} ieraksti kopā"
        case .compareNothing: "{code} nav ne {year}., ne {against}. gada ierakstu, ko salīdzināt"
        case .compareSameYear: "compare vajag citu gadu, ne pārskata gadu {year} (to maina year GGGG)"
        case .indicatorChange: "{previous} → {current}"
        default: nil
        }
    }
}
