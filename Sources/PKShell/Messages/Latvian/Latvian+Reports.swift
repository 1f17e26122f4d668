import PKCore

extension Catalogue {
    /// Help of reports: stats, missing, show, log, in Latvian.
    static let latvianReportsHelp: KeyValuePairs<HelpText, String> = [
        .metaText: "TEKSTS",
        .jsonArrayOption: "izdrukāt JSON masīvu (SPEC 5. nodaļa)",
        .jsonObjectOption: "izdrukāt vienu JSON objektu (SPEC 5. nodaļa)",
        .noPagerOption: "drukāt tieši terminālī; citādi terminālī izvadi, kas garāka par ekrānu, rāda $PKS_PAGER, tad $PAGER, tad less -FRX (tukšs: bez lapotāja)",
        .statsSummary: "gada ieraksti: kods, nosaukums, statuss, atjaunots, kopsummas (Pakalpojumu statistika)",
        .statsDetails: "TEKSTS atlasa ierakstus, kuru kodā vai nosaukumā tas ir (lielos burtus un garumzīmes neņem vērā).",
        .missingSummary: "publicētie pakalpojumi bez šī gada ieraksta un dienas līdz termiņam",
        .showSummary: "ieraksts kā veidlapa: kanāli, kopsummas, sūdzības, kavējumi, rādītāji, statuss",
        .showDetails: "Bez PAKALPOJUMA — atvērtais ieraksts ar nesaglabātajām izmaiņām; ar PAKALPOJUMU — saglabātais gada ieraksts.",
        .logSummary: "kas, ko un kad mainīja (jūsu iestādē; administratoriem — visās)",
        .logDetails: """
            Katra ierakstu, pakalpojumu aprakstu un lietotāju izmaiņa ar veco un jauno vērtību, sekundes precizitātē, \
            jaunākās vispirms. Terminālī jaunākās 50, ja vien --limit nenosaka citādi; skripts saņem visas.
            """,
        .logLimitOption: "jaunākās N izmaiņas",
        .logSinceOption: "izmaiņas, kas izdarītas šajā dienā vai vēlāk",
        .logUserOption: "šī lietotāja izdarītās izmaiņas",
        .logInstitutionOption: "administratoriem: šīs iestādes izmaiņas",
    ]

    /// What the shell says: reports: stats, missing, show, log, in Latvian.
    static let latvianReports: KeyValuePairs<ShellText, String> = [
        .noRecords: "nav neviena {year}. gada ieraksta; pievienot PAKALPOJUMS sāk jaunu (missing parāda pakalpojumus bez ieraksta)",
        .noRecordsMatching: "nav neviena {year}. gada ieraksta, kas atbilst '{text}'; pievienot PAKALPOJUMS sāk jaunu (missing parāda pakalpojumus bez ieraksta)",
        .recordsTally: "{n} {n:ieraksts|ieraksti|ierakstu}: {submitted} {submitted:iesniegts|iesniegti|iesniegtu}, {drafts} {drafts:melnraksts|melnraksti|melnrakstu}",
        .columnCode: "kods",
        .columnService: "pakalpojums",
        .columnStatus: "statuss",
        .columnUpdated: "atjaunots",
        .columnStarted: "uzsākti",
        .columnCompleted: "pabeigti",
        .columnInstitution: "iestāde",
        .columnPublished: "publicēts",
        .columnChannels: "kanāli",
        .columnWhen: "kad",
        .columnWho: "kas",
        .columnYear: "gads",
        .columnWhat: "darbība",
        .columnChange: "izmaiņas",
        .columnLogin: "lietotājvārds",
        .columnName: "vārds, uzvārds",
        .columnRole: "loma",
        .columnValidUntil: "derīgas līdz",
        .columnRights: "tiesības",
        .statusDraft: "melnraksts",
        .statusSubmitted: "iesniegts",
        .noneMissing: "visiem publicētajiem pakalpojumiem ir {year}. gada ieraksts; {deadline}",
        .someMissing: "{n} {n:pakalpojumam|pakalpojumiem|pakalpojumiem} nav {year}. gada ieraksta; {deadline}",
        .noChangesRecorded: "izmaiņu nav",
        .damagedTime: "(bojāts)",
        .olderChangesLeftOut: "{n:parādīta jaunākā|parādītas jaunākās|parādītas jaunākās} {n} {n:izmaiņa|izmaiņas|izmaiņas}; vecākas: log --limit N vai --since DD.MM.GGGG",
        .damagedAuditEntry: "audita ierakstā {id} nav derīga laika (datubāze mainīta, apejot pks); tas parādīts bez laika",
    ]
}
