import PKCore

extension Catalogue {
    /// Help of administration, in Latvian.
    static let latvianAdministrationHelp: KeyValuePairs<HelpText, String> = [
        .institutionFamilySummary: "iestādes",
        .institutionAddSummary: "pievienot iestādi",
        .institutionListSummary: "iestāžu saraksts",
        .userFamilySummary: "lietotāji un viņu tiesības",
        .metaFullName: "\"VĀRDS UZVĀRDS\"",
        .metaDate: "DD.MM.GGGG",
        .userNameOption: "personas vārds un uzvārds",
        .userInstitutionOption: "iestāde, kurai tiesības piešķir",
        .userUntilOption: "pēdējā diena, kad tiesības ir derīgas",
        .userAdminOption: "padarīt lietotāju par administratoru",
        .userAddSummary: "piešķirt tiesības jaunam lietotājam",
        .userAddDetails: "Pirmo paroli terminālī ievada divreiz, neredzami; citādi to ņem no $PKS_NEW_PASSWORD. Parolē ir vismaz 12 rakstzīmes, tajā nav lietotājvārda, un tā nav starp 10 000 biežāk lietotajām parolēm.",
        .renewUntilOption: "jaunā tiesību pēdējā diena",
        .userRenewSummary: "atjaunot tiesības, kurām beidzas termiņš (arī slēgtās)",
        .userCloseSummary: "slēgt tiesības; lietotājs vairs nevar pieteikties un strādāt",
        .userUnlockSummary: "ļaut neizdevušos mēģinājumu aizturētam lietotājam atkal uzreiz pieteikties",
        .userUnlockDetails: "Pēc 5 neizdevušamies mēģinājumiem pirms katra nākamā jāgaida (ne ilgāk par 15 minūtēm), izņemot terminālī, kurā lietotājs jau ir pieteicies. Kāds, kas min paroli citur, var likt lietotājam gaidīt; unlock aizmirst neizdevušos mēģinājumus. PostgreSQL datubāzē minēšanu palēnina serveris.",
        .passwordCostSummary: "parādīt vai iestatīt jauno paroļu jaucējvērtību (yescrypt) sarežģītību",
        .passwordCostDetails: "7 (pēc noklusējuma) vienai jaucējvērtībai aizņem apmēram 0,1 s. Vecākās jaucējvērtības atjauno, kad to īpašnieks nākamreiz piesakās.",
        .userListSummary: "lietotāji, iestādes, lomas, tiesības",
        .institutionRenameSummary: "labot iestādes nosaukumu",
        .institutionContactSummary: "mainīt iestādes kontaktpersonu",
        .institutionContactDetails: "Kontaktpersona lūdz VRAA piešķirt, atjaunot vai slēgt iestādes lietotāju tiesības; to nosauc lietotājiem, kuru tiesības drīz beigsies vai ir beigušās. Jauna kontaktpersona aizstāj iepriekšējo (audita žurnālā paliek abas): jaunajai piešķiriet tiesības ar user add, iepriekšējai slēdziet ar user close.",
        .contactNameOption: "kontaktpersonas vārds, uzvārds",
        .contactEmailOption: "kontaktpersonas e-pasta adrese",
        .metaEmail: "E-PASTS",
        .metaDays: "DIENAS",
        .expiringOption: "tikai atvērtās tiesības, kas beidzas DIENU laikā",
    ]

    /// What the shell says: administration, in Latvian.
    static let latvianAdministration: KeyValuePairs<ShellText, String> = [
        .institutionAdded: "pievienota iestāde {code} {name}",
        .userRightsGranted: "piešķirtas iestādes lietotāja tiesības lietotājam {login} ({name}), {institution}, līdz {until}",
        .administratorRightsGranted: "piešķirtas administratora tiesības lietotājam {login} ({name}), {institution}, līdz {until}",
        .rightsRenewed: "lietotāja {login} tiesības ir derīgas līdz {until}",
        .rightsClosed: "slēgtas lietotāja {login} ({name}) tiesības",
        .loginUnlocked: "{login} atkal var uzreiz pieteikties no jebkura termināļa",
        .loginNotLocked: "{login} nebija neizdevušos pieteikšanos, ko aizmirst",
        .passwordCostIs: "paroles sarežģītība {cost}",
        .passwordCostSet: "jaunajām paroļu jaucējvērtībām sarežģītība {cost}; vecākās atjauno, kad to īpašnieks nākamreiz piesakās",
        .rightsStateOpen: "spēkā",
        .rightsStateClosed: "slēgtas",
        .rightsStateExpired: "beigušās",
        .columnContactPerson: "kontaktpersona",
        .institutionRenamed: "iestāde {code} tagad saucas {name}",
        .contactPersonSet: "{code} kontaktpersona ir {contact}",
        .contactPersonChanged: "{code} kontaktpersona tagad ir {contact}, iepriekšējās {previous} vietā",
        .noRightsExpiring: "nevienas atvērtas tiesības nebeidzas {n} {n:dienas|dienu|dienu} laikā",
        .rightsEndSoon: "jūsu tiesības beidzas {date} (vēl {n} {n:diena|dienas|dienu}); lūdziet iestādes kontaktpersonu pieprasīt VRAA tās atjaunot",
        .rightsEndSoonAsk: "jūsu tiesības beidzas {date} (vēl {n} {n:diena|dienas|dienu}); lūdziet iestādes kontaktpersonu {contact} pieprasīt VRAA tās atjaunot",
    ]
}
