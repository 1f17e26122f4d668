import PKCore

extension Catalogue {
    /// Kanāli, to skaidrojums un piemēri: the appendix of the catalogue's guide, in its own words.
    static func latvianChannels(_ key: HelpText) -> String? {
        switch key {
        case .explainCitiElektroniskie: """
            Pakalpojumu var pieteikt, izmantojot kādu no citiem elektroniskajiem kanāliem, piemēram:
            1) virtuālie asistenti, kas sniedz informāciju par pakalpojumiem: UNA (UR), Toms (VID);
            2) pakalpojumu sniegšanas informācijas sistēmas: Elektroniskā deklarēšanās sistēma (EDS, eds.vid.gov.lv), Būvniecības informācijas sistēma (BIS, bis.gov.lv), SIA “ZZ Dats” platforma pašvaldībām epakalpojumi.lv, Geolatvija.lv, epakalpojumi.kase.gov.lv, Nacionālā veselības dienesta e-pakalpojumi E-veselības portālā (eveseliba.gov.lv);
            3) mobilās lietotnes: “WhatsApp”, “Pasažieru vilciens”, “eParaksts mobile”, kadastrs.lv, “Apturi Covid”, “Mobilly”, “VideSOS”, “LDC dati”;
            4) starptautiski reģistri: “Eiropas biznesa reģistrs” (www.ebr.lv);
            5) Skype: konsultācijas, pakalpojumu sniegšana;
            6) sociālie tīkli: iestādes konts Facebook (facebook.com/darbainspekcija, facebook.com/vidgovlv) un Twitter (@SPKcentrs, @vid_gov_lv), kur iestāde sniedz informāciju par pakalpojumiem un atbild uz pakalpojumu saņēmēju jautājumiem.
            """
        case .explainCits: """
            Pakalpojumu kanāli, kas neatbilst elektroniskam kanālam un nav pieskaitāmi arī kādam no klātienes kanāliem \
            (tātad nav pieskaitāmi ne pie “Klātiene iestādē”, ne pie “VPVKAC”).
            """
        case .explainEIestade: """
            E-pakalpojums ir pieejams un to var pieprasīt iestādes oficiālajā tīmekļvietnē (šajā kanālā neietilpst \
            iestādes citas uzturētās tīmekļvietnes, ar kuru starpniecību tiek sniegti pakalpojumi). Piemērs: \
            Lauksaimniecības datu centra e-pakalpojums “Reģistrēt mājas (istabas) dzīvnieku”.
            """
        case .explainELatvija: """
            E-pakalpojumu var pieprasīt valsts pārvaldes pakalpojumu portālā Latvija.lv:
            1) portālā izmitinātie e-pakalpojumi, piemēram, “Atļauja koku ciršanai”, “Administratīvo sodu pārbaude un nomaksa”, “Ziņas par personas rīcībspēju”, “Iesniegums iestādei”;
            2) e-adrese Latvija.lv (vienota saziņas platforma): pakalpojumi, ko var pieteikt, izmantojot e-adresi, piemēram, “Iesniegums bezdarbnieka statusa piešķiršanai”.
            """
        case .explainEPasts: """
            Pieteikums — arī iesniegums, priekšlikums, jautājums vai sūdzība —, kas nosūtīts uz iestādes e-pastu ar \
            drošu elektronisko parakstu vai bez tā (atbilstoši pakalpojuma sniegšanas regulējumam). Piemēri:
            1) Valsts sociālās apdrošināšanas aģentūras (VSAA) pakalpojums “Informācija par vecāku pabalsta prognozējamo apmēru”;
            2) Tieslietu ministrijas (TM) pakalpojums “Atkārtotas laulības apliecības vai izziņas no laulības reģistra pieprasīšana”;
            3) Valsts bērnu tiesību aizsardzības inspekcijas (VBTAI) pakalpojums “Iesniegumu un sūdzību izskatīšana par bērnu tiesību aizsardzības jautājumiem”.
            """
        case .explainFakss: "Pakalpojumu var pieprasīt, izmantojot faksu."
        case .explainKlatiene: """
            Pakalpojumu var pieprasīt klātienē: iestādē vai iestādes klientu apkalpošanas centrā (piemēram, Valsts \
            ieņēmumu dienesta Rīgas klientu apkalpošanas centrs, Nodarbinātības valsts aģentūra), iestādes filiālē \
            (piemēram, VSAA Rīgas pilsētas Zemgales nodaļa, Pilsonības un migrācijas lietu pārvaldes Cēsu nodaļa, \
            Rīgas Dzimtsarakstu nodaļa) vai citā klātienes veidā — izņemot VPVKAC, kas ir atsevišķs kanāls.
            """
        case .explainPasts: "Pieteikums nosūtīts attiecīgajai iestādei ar Latvijas Pasta starpniecību."
        case .explainSms: """
            Pakalpojumu var pieprasīt, nosūtot īsziņu, piemēram:
            1) ūdens patēriņa skaitītāju rādījumu iesniegšana Rīgas namu pārvaldniekam;
            2) maksas informācija no CSDD par transportlīdzekli;
            3) telefonoperatoru pakalpojumi, kuriem privātpersona piesakās, nosūtot ciparu kombināciju uz norādīto tālruņa numuru.
            """
        case .explainTelefons: """
            Pakalpojumu var pieprasīt pa tālruni:
            1) informācijas un konsultāciju sniegšana pa telefonu, piemēram, par autobusu biļetēm un kustības sarakstiem, par bērnu un jauniešu nometnēm, muzeja konsultācijas;
            2) vizītes pieteikšana pa telefonu, piemēram, pieraksts pie ģimenes ārsta (VSAA, PMLP, VID, CSDD u. c. apkalpo klientus tikai pēc iepriekšēja pieraksta).
            """
        case .explainVpvkac: """
            Valsts un pašvaldību vienotais klientu apkalpošanas centrs (VPVKAC darbojas 93 pašvaldībās, 122 vietās), \
            kur sniedz valsts pārvaldes pieprasītākos pakalpojumus.
            Valsts iestādes pie sava pakalpojuma VPVKAC kanāla norāda pieteikumus, kas pieteikti VPVKAC un ko tas tām \
            nogādājis. Izņēmums: VID un VSAA pakalpojumu papīra pieteikumus, ko pašvaldības pieņem un nogādā iestādes \
            tuvākajai struktūrvienībai, izpildes datos pie VPVKAC kanāla norāda VID un VSAA, nevis pašvaldība.
            Pašvaldības, kurās atrodas VPVKAC, pie VPVKAC kanāla pieskaita pakalpojumus, ko tās sniegušas, izmantojot \
            VPVKAC, izņemot VID un VSAA papīra pieteikumus: informēšana par pieprasītākajiem valsts pārvaldes \
            pakalpojumiem, palīdzība Latvija.lv e-pakalpojumu pieteikšanā, apmācība darbā ar datoru, internetu un \
            Latvija.lv, atsevišķu valsts pakalpojumu pieteikšana ar VPVKAC personāla palīdzību pilnvarotā \
            e-pakalpojuma risinājumā, pašvaldības pakalpojumi (pabalsts par bērna piedzimšanu, izziņas, laulības \
            reģistrācija, paternitātes atzīšana), atbildes iedzīvotājiem e-pastā un sociālajos tīklos. Informācijas \
            sniegšanu VPVKAC par iestāžu pakalpojumiem pašvaldība norāda pie saviem reģistrētajiem pakalpojumiem.
            """
        default: nil
        }
    }
}
