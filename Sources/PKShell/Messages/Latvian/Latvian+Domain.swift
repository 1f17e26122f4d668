import PKCore

extension Catalogue {
    /// Errors of the domain: counts, channels, records, in Latvian.
    static let latvianDomain: [CoreText: String] = [
        .countNegative: "'{text}' ir negatīvs skaitlis; jābūt veselam skaitlim no 0 līdz 1 000 000 000",
        .countNotWholeNumber: "'{text}' nav vesels skaitlis; jābūt veselam skaitlim no 0 līdz 1 000 000 000",
        .countTooLarge: "'{text}' pārsniedz 1 000 000 000 — lielāko pieļaujamo skaitli",
        .unknownChannel: "nav tāda kanāla '{text}' (kanāli: {channels})",
        .ambiguousChannel: "'{text}' atbilst vairākiem kanāliem: {channels}",
        .recordSubmitted: "{code} {year}. gada ieraksts ir iesniegts, un to vairs nevar mainīt",
        .channelNotOnDescription: "kanāla {channel} ({name}) nav pakalpojuma {code} aprakstā (tā kanāli: {channels}); vispirms pievienojiet to: service channels {code} {withChannel}",
        .notAnEService: "{code} nav e-pakalpojuma kanāla (e-latvija, e-iestade); kvalitātes rādītāji attiecas tikai uz e-pakalpojumiem",
        .indicatorsNotComputed: "{code} kvalitātes rādītāji nav aprēķināti: izpildiet komandu aprēķināt, tad saglabāt",
        .indicatorsStale: "{code} skaitļi mainīti pēc kvalitātes rādītāju aprēķināšanas: izpildiet komandu aprēķināt, tad saglabāt",
        .completedExceedsStarted: "{channel}: pabeigto ({completed}) ir vairāk nekā uzsākto ({started}); pārbaudiet skaitļus",
        .unknownLanguage: "nezināma valoda '{name}' ({source}); izvēlieties lv (latviešu) vai en (English)",
        .reasonNoSuchFile: "nav tāda faila vai mapes",
        .reasonPermissionDenied: "nav piekļuves tiesību",
        .reasonIsFolder: "tā ir mape",
        .reasonDiskFull: "diskā nav vietas",
        .reasonReadOnly: "failu sistēma ir tikai lasāma",
    ]
}
