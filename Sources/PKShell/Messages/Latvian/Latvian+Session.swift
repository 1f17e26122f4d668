import PKCore

extension Catalogue {
    /// What the shell says: the session: login, logout, whoami, passwd, year, source, let, quit, in Latvian.
    static let latvianSession: KeyValuePairs<ShellText, String> = [
        .labelError: "kļūda:",
        .labelWarning: "brīdinājums:",
        .includedFrom: "{location}: failā ",
        .yesNoChoice: "[j/N]",
        .actionLogOut: "{code} {year}. gada ierakstā ir nesaglabātas izmaiņas. Atmest tās un izrakstīties?",
        .actionQuit: "{code} {year}. gada ierakstā ir nesaglabātas izmaiņas. Atmest tās un iziet?",
        .keptOpen: "atcelts; {code} {year}. gada ieraksts paliek atvērts ar nesaglabātajām izmaiņām (saglabājiet tās vai izpildiet close --discard)",
        .actionLogIn: "{code} {year}. gada ierakstā ir nesaglabātas izmaiņas. Atmest tās un pieteikties kā {login}?",
        .promptPassword: "Lietotāja {login} parole: ",
        .promptCurrentPassword: "Pašreizējā parole: ",
        .promptNewPassword: "Jaunā parole lietotājam {login}: ",
        .promptRepeatPassword: "Atkārtojiet paroli: ",
        .loggedOut: "lietotājs {login} izrakstījies",
        .fieldLogin: "lietotājvārds",
        .fieldName: "vārds, uzvārds",
        .fieldInstitution: "iestāde",
        .fieldRole: "loma",
        .fieldValidUntil: "tiesības derīgas līdz",
        .noEndDate: "bez beigu datuma",
        .roleAdministrator: "administrators",
        .roleInstitutionUser: "iestādes lietotājs",
        .passwordChanged: "parole nomainīta",
        .loggedIn: "pieteicies kā {login} ({name}), {institution} {institutionName}; pārskata gads {year}",
        .reportingYearLine: "pārskata gads {year}; {deadline}",
        .deadlineToday: "termiņš {deadline} (šodien)",
        .deadlineDaysLeft: "termiņš {deadline} (vēl {n} {n:diena|dienas|dienu})",
        .deadlinePassed: "termiņš {deadline} (beidzās pirms {n} {n:dienas|dienām|dienām})",
    ]

    /// Help of the session: login, logout, whoami, passwd, year, source, let, quit, in Latvian.
    static let latvianSessionHelp: KeyValuePairs<HelpText, String> = [
        .loginSummary: "pieteikties; uzvednē pēc tam redzama jūsu iestāde un gads",
        .loginDetails: "Terminālī parole tiek ievadīta neredzami; citādi to ņem no $PKS_PASSWORD.",
        .logoutSummary: "beigt sesiju (izrakstīties)",
        .whoamiSummary: "jūsu lietotājvārds, vārds, iestāde, loma un tiesību derīguma termiņš",
        .passwdSummary: "nomainīt savu paroli",
        .passwdDetails: "Terminālī: pašreizējā parole, tad jaunā divreiz, neredzami. Citādi $PKS_PASSWORD un $PKS_NEW_PASSWORD. Jaunajā ir vismaz 12 rakstzīmes, tajā nav lietotājvārda, un tā nav starp 10 000 biežāk lietotajām parolēm.",
        .yearSummary: "parādīt vai iestatīt pārskata gadu (pēc noklusējuma — iepriekšējais kalendārais gads)",
        .yearDetails: "Gada Y dati jāiesniedz līdz Y+1. gada 1. aprīlim.",
        .sourceSummary: "izpildīt skripta failu šajā sesijā",
        .sourceDetails: "Relatīvu ceļu ņem no tā skripta mapes, kurā tas minēts. Skripts apstājas pie pirmās neizdevušās komandas.",
        .letSummary: "definēt mainīgo; tālākās rindās to lieto kā $NOSAUKUMS vai ${NOSAUKUMS} (piemēram, let gads = 2019)",
        .letDetails: "Nosaukumā ir burti, cipari un _, tas nesākas ar ciparu. Vērtību ar atstarpēm liek pēdiņās. $NOSAUKUMS tiek aizstāts ārpus vienpēdiņām un vienmēr paliek viens vārds; \\$ ir burtiska $ zīme. pks --var NOSAUKUMS=VĒRTĪBA to definē pirms pirmās rindas.",
        .quitSummary: "iziet no pks (terminālī vispirms jautā, ja ir nesaglabātas izmaiņas)",
        .metaLogin: "LIETOTĀJS",
        .metaYear: "GGGG",
        .metaFile: "FAILS",
        .metaName: "NOSAUKUMS",
        .metaEquals: "=",
        .metaValue: "VĒRTĪBA",
    ]
}
