import PKCore

extension Catalogue {
    /// Errors of the domain: counts, channels, records, in Latvian.
    static let latvianDomain: KeyValuePairs<CoreText, String> = [
        .countNegative: "'{text}' ir negatīvs skaitlis; jābūt veselam skaitlim no 0 līdz 1 000 000 000",
        .countNotWholeNumber: "'{text}' nav vesels skaitlis; jābūt veselam skaitlim no 0 līdz 1 000 000 000",
        .countTooLarge: "'{text}' pārsniedz 1 000 000 000 — lielāko pieļaujamo skaitli",
        .unknownChannel: "nav tāda kanāla '{text}' (kanāli: {channels})",
        .ambiguousChannel: "'{text}' atbilst vairākiem kanāliem: {channels}",
        .recordSubmitted: "{code} {year}. gada ieraksts ir iesniegts, un to vairs nevar mainīt",
        .channelNotOnDescription: "kanāla {channel} ({name}) nav pakalpojuma {code} aprakstā (tā kanāli: {channels}); vispirms pievienojiet to: service channels {code} {withChannel}",
        .notAnEService: "{code} nav e-pakalpojuma kanāla (e-latvija, e-iestade); kvalitātes rādītāji attiecas tikai uz e-pakalpojumiem",
        .completedExceedsStarted: "{channel}: pabeigto ({completed}) ir vairāk nekā uzsākto ({started}); pārbaudiet skaitļus",
        .hoursEmptyPart: "darba laiks: {number}. daļa ir tukša; daļas atdaliet ar vienu komatu, piem., P-C 8:30-17:00, Pk 8:30-15:00",
        .hoursMissingDays: "darba laiks: daļā '{part}' nav dienu; sāciet to ar dienas burtu (P O T C Pk S Sv), piem., P-C {part}",
        .hoursMissingTime: "darba laiks: daļā '{part}' nav laika; rakstiet, piem., {part} 8:30-17:00",
        .hoursUnknownDay: "darba laiks: '{day}' daļā '{part}' nav diena; dienas ir P O T C Pk S Sv vai Mon Tue Wed Thu Fri Sat Sun",
        .hoursBackwardDays: "darba laiks: dienas '{days}' daļā '{part}' iet atpakaļ; rakstiet no agrākās dienas uz vēlāko (P-Sv)",
        .hoursNotASpan: "darba laiks: '{span}' daļā '{part}' nav laika posms; rakstiet SĀKUMS-BEIGAS, piem., 8:30-17:00",
        .hoursNotATime: "darba laiks: '{time}' daļā '{part}' nav diennakts laiks; rakstiet H:MM no 0:00 līdz 24:00",
        .hoursEndNotAfterStart: "darba laiks: '{span}' daļā '{part}' beidzas pirms sākuma; beigām jābūt pēc sākuma",
        .hoursOverlap: "darba laiks: '{part}' pārklājas ar '{earlier}' dienā {day}; vienas dienas posmi nedrīkst pārklāties",
        .unknownLanguage: "nezināma valoda '{name}' ({source}); izvēlieties lv (latviešu) vai en (English)",
        .reasonNoSuchFile: "nav tāda faila vai mapes",
        .reasonPermissionDenied: "nav piekļuves tiesību",
        .reasonIsFolder: "tā ir mape",
        .reasonDiskFull: "diskā nav vietas",
        .reasonReadOnly: "failu sistēma ir tikai lasāma",
    ]
}
