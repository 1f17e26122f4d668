import PKCore

extension Catalogue {
    /// What the shell says: the session: login, logout, whoami, passwd, year, source, let, quit, in Latvian.
    static func latvianSession(_ key: ShellText) -> String? {
        switch key {
        case .labelError: "kļūda:"
        case .labelWarning: "brīdinājums:"
        case .includedFrom: "{location}: failā "
        case .yesNoChoice: "[j/N]"
        case .actionLogOut: "{code} {year}. gada ierakstā ir nesaglabātas izmaiņas. Atmest tās un izrakstīties?"
        case .actionQuit: "{code} {year}. gada ierakstā ir nesaglabātas izmaiņas. Atmest tās un iziet?"
        case .keptOpen: "atcelts; {code} {year}. gada ieraksts paliek atvērts ar nesaglabātajām izmaiņām (saglabājiet tās vai izpildiet close --discard)"
        case .actionLogIn: "{code} {year}. gada ierakstā ir nesaglabātas izmaiņas. Atmest tās un pieteikties kā {login}?"
        case .promptPassword: "Lietotāja {login} parole: "
        case .promptCurrentPassword: "Pašreizējā parole: "
        case .promptNewPassword: "Jaunā parole lietotājam {login}: "
        case .promptRepeatPassword: "Atkārtojiet paroli: "
        case .loggedOut: "lietotājs {login} izrakstījies"
        case .fieldLogin: "lietotājvārds"
        case .fieldName: "vārds, uzvārds"
        case .fieldInstitution: "iestāde"
        case .fieldRole: "loma"
        case .fieldValidUntil: "tiesības derīgas līdz"
        case .noEndDate: "bez beigu datuma"
        case .roleAdministrator: "administrators"
        case .roleInstitutionUser: "iestādes lietotājs"
        case .passwordChanged: "parole nomainīta"
        case .loggedIn: "pieteicies kā {login} ({name}), {institution} {institutionName}; pārskata gads {year}"
        case .reportingYearLine: "pārskata gads {year}; {deadline}"
        case .deadlineToday: "termiņš {deadline} (šodien)"
        case .deadlineDaysLeft: "termiņš {deadline} (vēl {n} {n:diena|dienas|dienu})"
        case .deadlinePassed: "termiņš {deadline} (beidzās pirms {n} {n:dienas|dienām|dienām})"
        default: nil
        }
    }

    /// Help of the session: login, logout, whoami, passwd, year, source, let, quit, in Latvian.
    static func latvianSessionHelp(_ key: HelpText) -> String? {
        switch key {
        case .loginSummary: "pieteikties; uzvednē pēc tam redzama jūsu iestāde un gads"
        case .loginDetails: "Terminālī parole tiek ievadīta neredzami; citādi to ņem no $PKS_PASSWORD."
        case .logoutSummary: "beigt sesiju (izrakstīties)"
        case .whoamiSummary: "jūsu lietotājvārds, vārds, iestāde, loma un tiesību derīguma termiņš"
        case .passwdSummary: "nomainīt savu paroli"
        case .passwdDetails: "Terminālī: pašreizējā parole, tad jaunā divreiz, neredzami. Citādi $PKS_PASSWORD un $PKS_NEW_PASSWORD. Jaunajā ir vismaz 12 rakstzīmes, tajā nav lietotājvārda, tā nav starp 10 000 biežāk lietotajām parolēm un nav virkne kā 123456789012 vai dažas atkārtotas rakstzīmes."
        case .yearSummary: "parādīt vai iestatīt pārskata gadu (pēc noklusējuma — iepriekšējais kalendārais gads)"
        case .yearDetails: "Gada Y dati jāiesniedz līdz Y+1. gada 1. aprīlim."
        case .sourceSummary: "izpildīt skripta failu šajā sesijā"
        case .sourceDetails: "Relatīvu ceļu ņem no tā skripta mapes, kurā tas minēts. Skripts apstājas pie pirmās neizdevušās komandas."
        case .letSummary: "definēt mainīgo; tālākās rindās to lieto kā $NOSAUKUMS vai ${NOSAUKUMS} (piemēram, let gads = 2019)"
        case .letDetails: "Nosaukumā ir burti, cipari un _, tas nesākas ar ciparu. Vērtību ar atstarpēm liek pēdiņās. $NOSAUKUMS tiek aizstāts ārpus vienpēdiņām un vienmēr paliek viens vārds; \\$ ir burtiska $ zīme. pks --var NOSAUKUMS=VĒRTĪBA to definē pirms pirmās rindas."
        case .quitSummary: "iziet no pks (terminālī vispirms jautā, ja ir nesaglabātas izmaiņas)"
        case .metaLogin: "LIETOTĀJS"
        case .metaYear: "GGGG"
        case .metaFile: "FAILS"
        case .metaName: "NOSAUKUMS"
        case .metaEquals: "="
        case .metaValue: "VĒRTĪBA"
        default: nil
        }
    }
}
