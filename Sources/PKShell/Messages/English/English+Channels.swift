import PKCore

extension Catalogue {
    /// What each channel counts, after the appendix of the catalogue's guide, in English.
    static func englishChannels(_ key: HelpText) -> String? {
        switch key {
        case .explainCitiElektroniskie: """
            The service is applied for through another electronic channel, for example:
            1) virtual assistants that inform about services: UNA (Enterprise Register), Toms (State Revenue Service, VID);
            2) the information systems in which services are provided: the Electronic Declaration System (EDS, eds.vid.gov.lv), the Construction Information System (BIS, bis.gov.lv), SIA "ZZ Dats"'s platform for municipalities epakalpojumi.lv, Geolatvija.lv, epakalpojumi.kase.gov.lv, the National Health Service's e-services on the e-health portal (E-veselība, eveseliba.gov.lv);
            3) mobile apps: WhatsApp, "Pasažieru vilciens", eParaksts mobile, kadastrs.lv, "Apturi Covid", Mobilly, VideSOS, "LDC dati";
            4) international registers: the European Business Register (www.ebr.lv);
            5) Skype: consultations, providing services;
            6) social networks: the institution's Facebook account (facebook.com/darbainspekcija, facebook.com/vidgovlv) and Twitter account (@SPKcentrs, @vid_gov_lv), where it informs about services and answers the questions of those who use them.
            """
        case .explainCits: """
            Channels that are not electronic and belong to neither of the in-person channels, that is neither to \
            "Klātiene iestādē" (klatiene) nor to VPVKAC.
            """
        case .explainEIestade: """
            The e-service is requested on the institution's official website (not on other websites the institution \
            keeps through which services are provided). Example: the Agricultural Data Centre's e-service "Register a \
            pet" ("Reģistrēt mājas (istabas) dzīvnieku").
            """
        case .explainELatvija: """
            The e-service is requested on the state administration services portal Latvija.lv:
            1) the e-services hosted on the portal, e.g. "Atļauja koku ciršanai", "Administratīvo sodu pārbaude un nomaksa", "Ziņas par personas rīcībspēju", "Iesniegums iestādei";
            2) the e-address of Latvija.lv (the common communication platform): services applied for through an e-address, e.g. "Iesniegums bezdarbnieka statusa piešķiršanai".
            """
        case .explainEPasts: """
            An application — a request, proposal, question or complaint — sent to the institution's e-mail, signed \
            with a secure electronic signature or not, as the rules of the service allow. Examples:
            1) the State Social Insurance Agency's (VSAA) "Informācija par vecāku pabalsta prognozējamo apmēru";
            2) the Ministry of Justice's (TM) "Atkārtotas laulības apliecības vai izziņas no laulības reģistra pieprasīšana";
            3) the State Inspectorate for Protection of Children's Rights' (VBTAI) "Iesniegumu un sūdzību izskatīšana par bērnu tiesību aizsardzības jautājumiem".
            """
        case .explainFakss: "The service is requested by fax."
        case .explainKlatiene: """
            The service is requested in person: at the institution or its client service centre (e.g. the State Revenue \
            Service's Riga client service centre, the State Employment Agency), at a branch (e.g. the VSAA's Zemgale \
            office in Riga, the Office of Citizenship and Migration Affairs' Cēsis office, the Riga Registry Office), \
            or in any other way in person — except VPVKAC, which is a channel of its own.
            """
        case .explainPasts: "The application is sent to the institution by post (Latvijas Pasts)."
        case .explainSms: """
            The service is requested by text message, for example:
            1) water meter readings sent to Rīgas namu pārvaldnieks;
            2) paid information about a vehicle from the Road Traffic Safety Directorate (CSDD);
            3) mobile operators' services that a person signs up for by sending a code to the number given.
            """
        case .explainTelefons: """
            The service is requested by phone:
            1) information and consultations by phone, e.g. on bus tickets and timetables, on children's and youth camps, a museum's consultations;
            2) booking a visit by phone, e.g. an appointment with a family doctor (VSAA, PMLP, VID, CSDD and others serve clients by appointment only).
            """
        case .explainVpvkac: """
            The unified state and municipal client service centres (VPVKAC: in 93 municipalities, 122 places), where \
            the most requested state services are provided.
            State institutions publish, under the VPVKAC channel of each service, the applications made through VPVKAC \
            and forwarded to them. The exception: VID and VSAA applications on paper, which VPVKAC accepts and delivers \
            to the institution's nearest unit, are reported by VID and VSAA under VPVKAC — not by the municipality.
            Municipalities with a VPVKAC count under it the services they provided through it, except those VID and \
            VSAA paper applications: informing about the most requested state services, help applying for Latvija.lv \
            e-services, training in using a computer, the internet and Latvija.lv, applying for some state services with \
            the help of VPVKAC staff in an authorised e-service, the municipality's own services (a birth allowance, \
            certificates, marriage registration, acknowledging paternity), answers by e-mail and on social networks. \
            Informing at VPVKAC about institutions' services is reported by the municipality under its own registered \
            services.
            """
        default: nil
        }
    }
}
