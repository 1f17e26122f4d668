import PKCore

extension Catalogue {
    /// Help of help, in Latvian.
    static let latvianHelp: [HelpText: String] = [
        .metaTopic: "TĒMA",
        .metaOptions: "[OPCIJAS]",
        .helpSummary: "šis saraksts; help KOMANDA — par vienu komandu; help kanāli — par 11 kanāliem",
        .helpFooter: "help KOMANDA pastāsta vairāk; help kanāli izskaidro 11 kanālus. Vārdus ar atstarpēm liek pēdiņās.",
        .helpUsage: "lietojums: {usage}",
        .helpAlso: "arī: {names}",
        .helpOptions: "opcijas:",
        .groupSession: "Sesija",
        .groupStatistics: "Statistika (jūsu iestāde, pašreizējais gads)",
        .groupServices: "Pakalpojumu apraksti",
        .groupAdministration: "Administrēšana (tikai administratoriem)",
        .helpChannelsIntro: "11 kanāli. Rakstiet atslēgu, latvisko nosaukumu vai viennozīmīgu kāda no tiem sākumu.",
        .channelHeading: "{key} — {name}",
        .channelHeadingEService: "{key} — {name} (e-pakalpojuma kanāls)",
        .explainCitiElektroniskie: "Pieteikumi caur citiem elektroniskiem rīkiem: virtuālajiem asistentiem, nozaru sistēmām, kurās pakalpojumu sniedz (nodokļu deklarēšana, būvniecība, pašvaldību e-pakalpojumu platformas, e-veselība), mobilajām lietotnēm, starptautiskiem reģistriem, Skype, iestādes kontiem sociālajos tīklos.",
        .explainCits: "Viss, kas nav elektronisks kanāls un nav arī klātiene iestādē vai VPVKAC centrā.",
        .explainEIestade: "E-pakalpojums iestādes pašas oficiālajā tīmekļvietnē (ne citās tās uzturētās vietnēs), piemēram, mājdzīvnieka reģistrēšana Lauksaimniecības datu centra vietnē.",
        .explainELatvija: "E-pakalpojums valsts portālā Latvija.lv, arī pieteikumi, kas sūtīti uz oficiālo e-adresi, piemēram, \"Iesniegums iestādei\".",
        .explainEPasts: "Pieteikums, kas nosūtīts uz iestādes e-pastu — ar drošu elektronisko parakstu vai bez tā, kā atļauj pakalpojuma noteikumi.",
        .explainFakss: "Pieteikums, kas nosūtīts pa faksu.",
        .explainKlatiene: "Klātienē iestādē, tās klientu apkalpošanas centrā vai filiālē; ne VPVKAC centrā.",
        .explainPasts: "Pieteikums, kas nosūtīts pa pastu.",
        .explainSms: "Pieteikums, kas nosūtīts īsziņā, piemēram, ūdens skaitītāja rādījumi vai maksas informācija par transportlīdzekli.",
        .explainTelefons: "Pa tālruni: informācija un konsultācijas, pieraksts uz vizīti.",
        .explainVpvkac: "Valsts un pašvaldību vienotie klientu apkalpošanas centri. Valsts iestādes uzskaita pieteikumus, ko VPVKAC tām pārsūtījis; pašvaldības — to, ko to centri apkalpojuši paši.",
    ]
}
