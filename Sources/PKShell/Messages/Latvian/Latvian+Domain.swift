import PKCore

extension Catalogue {
    /// Errors of the domain: counts, channels, records, in Latvian.
    static func latvianDomain(_ key: CoreText) -> String {
        switch key {
        case .countNegative: "'{text}' ir negatīvs skaitlis; jābūt veselam skaitlim no 0 līdz 1 000 000 000"
        case .countNotWholeNumber: "'{text}' nav vesels skaitlis; jābūt veselam skaitlim no 0 līdz 1 000 000 000"
        case .countTooLarge: "'{text}' pārsniedz 1 000 000 000 — lielāko pieļaujamo skaitli"
        case .unknownChannel: "nav tāda kanāla '{text}' (kanāli: {channels})"
        case .ambiguousChannel: "'{text}' atbilst vairākiem kanāliem: {channels}"
        case .recordSubmitted: "{code} {year}. gada ieraksts ir iesniegts, un to vairs nevar mainīt"
        case .channelNotOnDescription: "kanāla {channel} ({name}) nav pakalpojuma {code} aprakstā (tā kanāli: {channels}); vispirms pievienojiet to: service channels {code} {withChannel}"
        case .computeWithCountsOffDescription: "{channel} vairs nav {code} aprakstā, bet tam ir skaitļi, ko rādītāji ieskaitītu: vispirms unset {channel} vai atjaunojiet kanālu aprakstā"
        case .channelNotOnRecord: "kanālam {channel} šajā {code} ierakstā nav skaitļu, un tas nav arī aprakstā (tā kanāli: {channels}): nav ko notīrīt"
        case .notAnEService: "{code} nav e-pakalpojuma kanāla (e-latvija, e-iestade); kvalitātes rādītāji attiecas tikai uz e-pakalpojumiem"
        case .completedExceedsStarted: "{channel}: pabeigto ({completed}) ir vairāk nekā uzsākto ({started}); pārbaudiet skaitļus"
        case .hoursEmptyPart: "darba laiks: {number}. daļa ir tukša; daļas atdaliet ar vienu komatu, piem., P-C 8:30-17:00, Pk 8:30-15:00"
        case .hoursMissingDays: "darba laiks: daļā '{part}' nav dienu; sāciet to ar dienas burtu (P O T C Pk S Sv), piem., P-C {part}"
        case .hoursMissingTime: "darba laiks: daļā '{part}' nav laika; rakstiet, piem., {part} 8:30-17:00"
        case .hoursUnknownDay: "darba laiks: '{day}' daļā '{part}' nav diena; dienas ir P O T C Pk S Sv vai Mon Tue Wed Thu Fri Sat Sun"
        case .hoursBackwardDays: "darba laiks: dienas '{days}' daļā '{part}' iet atpakaļ; rakstiet no agrākās dienas uz vēlāko (P-Sv)"
        case .hoursNotASpan: "darba laiks: '{span}' daļā '{part}' nav laika posms; rakstiet SĀKUMS-BEIGAS, piem., 8:30-17:00"
        case .hoursNotATime: "darba laiks: '{time}' daļā '{part}' nav diennakts laiks; rakstiet H:MM no 0:00 līdz 24:00"
        case .hoursEndNotAfterStart: "darba laiks: '{span}' daļā '{part}' nebeidzas pēc sākuma; beigām jābūt vēlāk par sākumu"
        case .hoursOverlap: "darba laiks: '{part}' pārklājas ar '{earlier}' dienā {day}; vienas dienas posmi nedrīkst pārklāties"
        case .unknownLanguage: "nezināma valoda '{name}' ({source}); izvēlieties lv (latviešu) vai en (English)"
        case .reasonNoSuchFile: "nav tāda faila vai mapes"
        case .reasonPermissionDenied: "nav piekļuves tiesību"
        case .reasonIsFolder: "tā ir mape"
        case .reasonDiskFull: "diskā nav vietas"
        case .reasonReadOnly: "failu sistēma ir tikai lasāma"
        }
    }
}
