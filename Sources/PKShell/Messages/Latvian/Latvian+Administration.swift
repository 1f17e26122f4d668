import PKCore

extension Catalogue {
    /// Help of administration, in Latvian.
    static func latvianAdministrationHelp(_ key: HelpText) -> String? {
        switch key {
        case .institutionFamilySummary: "iestādes"
        case .institutionAddSummary: "pievienot iestādi"
        case .institutionListSummary: "iestāžu saraksts"
        case .userFamilySummary: "lietotāji un viņu tiesības"
        case .metaFullName: "\"VĀRDS UZVĀRDS\""
        case .metaDate: "DD.MM.GGGG"
        case .userNameOption: "personas vārds un uzvārds"
        case .userInstitutionOption: "iestāde, kurai tiesības piešķir"
        case .userUntilOption: "pēdējā diena, kad tiesības ir derīgas"
        case .userAdminOption: "padarīt lietotāju par administratoru"
        case .userAddSummary: "piešķirt tiesības jaunam lietotājam"
        case .userAddDetails: "Pirmo paroli terminālī ievada divreiz, neredzami; citādi to ņem no $PKS_NEW_PASSWORD. Parolē ir vismaz 12 rakstzīmes, tajā nav lietotājvārda, tā nav starp 10 000 biežāk lietotajām parolēm un nav virkne kā 123456789012 vai dažas atkārtotas rakstzīmes."
        case .renewUntilOption: "jaunā tiesību pēdējā diena"
        case .userRenewSummary: "atjaunot tiesības, kurām beidzas termiņš (arī slēgtās)"
        case .userCloseSummary: "slēgt tiesības; lietotājs vairs nevar pieteikties un strādāt"
        case .userUnlockSummary: "ļaut neizdevušos mēģinājumu aizturētam lietotājam atkal uzreiz pieteikties"
        case .userUnlockDetails: "Pēc 5 neizdevušamies mēģinājumiem pirms katra nākamā jāgaida (ne ilgāk par 15 minūtēm), izņemot terminālī, kurā lietotājs jau ir pieteicies. Kāds, kas min paroli citur, var likt lietotājam gaidīt; unlock aizmirst neizdevušos mēģinājumus. PostgreSQL datubāzē minēšanu palēnina serveris."
        case .passwordCostSummary: "parādīt vai iestatīt jauno paroļu jaucējvērtību (yescrypt) sarežģītību"
        case .passwordCostDetails: "7 (pēc noklusējuma) vienai jaucējvērtībai aizņem apmēram 0,1 s. Vecākās jaucējvērtības atjauno, kad to īpašnieks nākamreiz piesakās."
        case .userListSummary: "lietotāji, iestādes, lomas, tiesības"
        case .institutionRenameSummary: "labot iestādes nosaukumu"
        case .institutionContactSummary: "mainīt iestādes kontaktpersonu"
        case .institutionContactDetails: "Kontaktpersona lūdz VRAA piešķirt, atjaunot vai slēgt iestādes lietotāju tiesības; to nosauc lietotājiem, kuru tiesības drīz beigsies vai ir beigušās. Jauna kontaktpersona aizstāj iepriekšējo (audita žurnālā paliek abas): jaunajai piešķiriet tiesības ar user add, iepriekšējai slēdziet ar user close."
        case .contactNameOption: "kontaktpersonas vārds, uzvārds"
        case .contactEmailOption: "kontaktpersonas e-pasta adrese"
        case .metaEmail: "E-PASTS"
        case .metaDays: "DIENAS"
        case .expiringOption: "tikai atvērtās tiesības, kas beidzas DIENU laikā"
        default: nil
        }
    }

    /// What the shell says: administration, in Latvian.
    static func latvianAdministration(_ key: ShellText) -> String? {
        switch key {
        case .institutionAdded: "pievienota iestāde {code} {name}"
        case .userRightsGranted: "piešķirtas iestādes lietotāja tiesības lietotājam {login} ({name}), {institution}, līdz {until}"
        case .administratorRightsGranted: "piešķirtas administratora tiesības lietotājam {login} ({name}), {institution}, līdz {until}"
        case .rightsRenewed: "lietotāja {login} tiesības ir derīgas līdz {until}"
        case .rightsClosed: "slēgtas lietotāja {login} ({name}) tiesības"
        case .loginUnlocked: "{login} atkal var uzreiz pieteikties no jebkura termināļa"
        case .loginNotLocked: "lietotājam {login} nebija neizdevušos pieteikšanās mēģinājumu, ko aizmirst"
        case .passwordCostIs: "paroles sarežģītība {cost}"
        case .passwordCostSet: "jaunajām paroļu jaucējvērtībām sarežģītība {cost}; vecākās atjauno, kad to īpašnieks nākamreiz piesakās"
        case .rightsStateOpen: "spēkā"
        case .rightsStateClosed: "slēgtas"
        case .rightsStateExpired: "beigušās"
        case .columnContactPerson: "kontaktpersona"
        case .institutionRenamed: "iestāde {code} tagad saucas {name}"
        case .contactPersonSet: "{code} kontaktpersona ir {contact}"
        case .contactPersonChanged: "{code} kontaktpersona tagad ir {contact}, iepriekšējās {previous} vietā"
        case .noRightsExpiring: "nevienam lietotājam spēkā esošās tiesības nebeidzas {n} {n:dienas|dienu|dienu} laikā"
        case .rightsDaysLeft: "vēl {n} {n:diena|dienas|dienu}"
        case .rightsLastDay: "šodien ir to pēdējā diena"
        case .rightsEndSoon: "jūsu tiesības beidzas {date} ({left}); lūdziet iestādes kontaktpersonu pieprasīt VRAA tās atjaunot"
        case .rightsEndSoonAsk: "jūsu tiesības beidzas {date} ({left}); lūdziet iestādes kontaktpersonu {contact} pieprasīt VRAA tās atjaunot"
        default: nil
        }
    }
}
