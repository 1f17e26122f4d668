import PKCore

extension Catalogue {
    /// Help of reports: stats, missing, show, log, in Latvian.
    static func latvianReportsHelp(_ key: HelpText) -> String? {
        switch key {
        case .metaText: "TEKSTS"
        case .jsonArrayOption: "izdrukāt JSON masīvu (SPEC 5. nodaļa)"
        case .jsonObjectOption: "izdrukāt vienu JSON objektu (SPEC 5. nodaļa)"
        case .noPagerOption: "drukāt tieši terminālī; citādi terminālī izvadi, kas garāka par ekrānu, rāda $PKS_PAGER, tad $PAGER, tad less -FRX (tukšs: bez lapotāja)"
        case .statsSummary: "gada ieraksti: kods, nosaukums, statuss, atjaunots, kopsummas (Pakalpojumu statistika)"
        case .statsDetails: "TEKSTS atlasa ierakstus, kuru kodā vai nosaukumā tas ir (lielos burtus un garumzīmes neņem vērā)."
        case .missingSummary: "publicētie pakalpojumi bez šī gada ieraksta un dienas līdz termiņam"
        case .showSummary: "ieraksts kā veidlapa: kanāli, kopsummas, sūdzības, kavējumi, rādītāji, statuss"
        case .showDetails: "Bez PAKALPOJUMA — atvērtais ieraksts ar nesaglabātajām izmaiņām; ar PAKALPOJUMU — saglabātais gada ieraksts."
        case .logSummary: "kas, ko un kad mainīja (jūsu iestādē; administratoriem — visās)"
        case .logDetails: """
            Katra ierakstu, pakalpojumu aprakstu un lietotāju izmaiņa ar veco un jauno vērtību, sekundes precizitātē, \
            jaunākās vispirms. Terminālī jaunākās 50, ja vien --limit nenosaka citādi; skripts saņem visas.
            """
        case .logLimitOption: "jaunākās N izmaiņas"
        case .logSinceOption: "izmaiņas, kas izdarītas šajā dienā vai vēlāk"
        case .logUserOption: "šī lietotāja izdarītās izmaiņas"
        case .logInstitutionOption: "administratoriem: šīs iestādes izmaiņas"
        default: nil
        }
    }

    /// What the shell says: reports: stats, missing, show, log, in Latvian.
    static func latvianReports(_ key: ShellText) -> String? {
        switch key {
        case .noRecords: "nav neviena {year}. gada ieraksta; pievienot PAKALPOJUMS sāk jaunu (missing parāda pakalpojumus bez ieraksta)"
        case .noRecordsMatching: "nav neviena {year}. gada ieraksta, kas atbilst '{text}'; pievienot PAKALPOJUMS sāk jaunu (missing parāda pakalpojumus bez ieraksta)"
        case .recordsTally: "{n} {n:ieraksts|ieraksti|ierakstu}: {submitted} {submitted:iesniegts|iesniegti|iesniegtu}, {drafts} {drafts:melnraksts|melnraksti|melnrakstu}"
        case .columnCode: "kods"
        case .columnService: "pakalpojums"
        case .columnStatus: "statuss"
        case .columnUpdated: "atjaunots"
        case .columnStarted: "uzsākti"
        case .columnCompleted: "pabeigti"
        case .columnInstitution: "iestāde"
        case .columnPublished: "publicēts"
        case .columnChannels: "kanāli"
        case .columnWhen: "kad"
        case .columnWho: "kas"
        case .columnYear: "gads"
        case .columnWhat: "darbība"
        case .columnChange: "izmaiņas"
        case .columnLogin: "lietotājvārds"
        case .columnName: "vārds, uzvārds"
        case .columnRole: "loma"
        case .columnValidUntil: "derīgas līdz"
        case .columnRights: "tiesības"
        case .statusDraft: "melnraksts"
        case .statusSubmitted: "iesniegts"
        case .noneMissing: "visiem publicētajiem pakalpojumiem ir {year}. gada ieraksts; {deadline}"
        case .someMissing: "{n} {n:pakalpojumam|pakalpojumiem|pakalpojumiem} nav {year}. gada ieraksta; {deadline}"
        case .noChangesRecorded: "izmaiņu nav"
        case .damagedTime: "(bojāts)"
        case .olderChangesLeftOut: "{n:parādīta jaunākā|parādītas jaunākās|parādītas jaunākās} {n} {n:izmaiņa|izmaiņas|izmaiņas}; vecākas: log --limit N vai --since DD.MM.GGGG"
        case .damagedAuditEntry: "audita ierakstā {id} nav derīga laika (datubāze mainīta, apejot pks); tas parādīts bez laika"
        default: nil
        }
    }
}
