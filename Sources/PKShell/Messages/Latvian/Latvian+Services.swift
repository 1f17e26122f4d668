import PKCore

extension Catalogue {
    /// Help of service descriptions, in Latvian.
    static func latvianServicesHelp(_ key: HelpText) -> String? {
        switch key {
        case .metaCode: "KODS"
        case .servicesSummary: "jūsu iestādes pakalpojumi: kods, nosaukums, vai publicēts, kanāli"
        case .servicesDetails: "TEKSTS atlasa pakalpojumus, kuru kodā vai nosaukumā tas ir (lielos burtus un garumzīmes neņem vērā). Administratori redz visu iestāžu pakalpojumus."
        case .serviceFamilySummary: "pakalpojumu apraksti"
        case .serviceAddSummary: "jauns, nepublicēts apraksts"
        case .serviceInstitutionOption: "pakalpojuma turētāja iestāde (administratoriem)"
        case .serviceChannelsSummary: "iestatīt apraksta kanālus (aizstāj sarakstu)"
        case .servicePublishSummary: "publicēt aprakstu; statistiku var ievadīt tikai publicētiem pakalpojumiem"
        case .serviceShowSummary: "apraksts"
        case .serviceShowDetails: "Katrs kanāls ir parādīts ar kontaktinformāciju un darba laiku pa dienām."
        case .serviceJSONOption: "viens JSON objekts: kods, nosaukums, iestāde, publicēts, apraksts, kanāli ar kontaktiem un darba laiku"
        case .serviceRenameSummary: "labot apraksta nosaukumu"
        case .serviceDescribeSummary: "ierakstīt īso aprakstu"
        case .serviceDescribeDetails: "Viena rinda līdz 2000 rakstzīmēm; \"\" to notīra."
        case .serviceContactSummary: "kur kanāls sasniedzams: adrese, tālrunis, e-pasts vai tīmekļa adrese"
        case .serviceContactDetails: "KANĀLAM jābūt aprakstā (service channels). \"\" notīra kontaktinformāciju."
        case .metaHours: "\"DARBA LAIKS\""
        case .serviceHoursSummary: "kanāla darba laiks"
        case .serviceHoursDetails: "Dienas: P O T C Pk S Sv (vai Mon Tue Wed Thu Fri Sat Sun), atsevišķi vai kā posms (P-C); tad viens vai vairāki laiki SĀKUMS-BEIGAS no 0:00 līdz 24:00. Daļas atdala ar komatiem, un dienai var būt vairāki posmi (pusdienu pārtraukums): \"P-C 8:30-12:00 12:30-17:00, Pk 8:30-15:00\". Posmi nedrīkst pārklāties. \"\" notīra darba laiku."
        case .serviceUnpublishSummary: "atsaukt aprakstu; tā ieraksti paliek, jaunus pievienot nevar"
        case .serviceDeleteSummary: "dzēst aprakstu un tā melnrakstus"
        case .serviceDeleteDetails: "Atsaka, ja pakalpojumam ir iesniegta statistika. Terminālī prasa apstiprinājumu, ja nav --yes; skriptā pakalpojumu ar melnrakstiem dzēš tikai ar --yes."
        default: nil
        }
    }

    /// What the shell says: service descriptions, in Latvian.
    static func latvianServices(_ key: ShellText) -> String? {
        switch key {
        case .yes: "jā"
        case .no: "nē"
        case .noServices: "pakalpojumu nav"
        case .noServicesMatching: "nav pakalpojumu, kas atbilst '{text}'"
        case .serviceAdded: "pievienots {code} {name} ({institution}); tālāk: service channels {code} KANĀLS..."
        case .serviceChannelsSet: "{code} kanāli: {channels}"
        case .servicePublished: "publicēts {code} {name}"
        case .serviceAlreadyPublished: "{code} {name} jau bija publicēts; nekas netika mainīts"
        case .serviceWasNotPublished: "{code} {name} nebija publicēts; nekas netika mainīts"
        case .fieldServiceName: "nosaukums"
        case .fieldEService: "e-pakalpojums"
        case .noChannelsYet: "nav"
        case .eServiceYes: "jā: attiecas kvalitātes rādītāji"
        case .serviceRenamed: "{code} tagad saucas {name}"
        case .serviceDescribed: "{code}: īsais apraksts saglabāts"
        case .serviceDescriptionCleared: "{code}: īsais apraksts notīrīts"
        case .channelContactSet: "{code} {channel}: kontaktinformācija saglabāta"
        case .channelContactCleared: "{code} {channel}: kontaktinformācija notīrīta"
        case .channelHoursSet: "{code} {channel}: darba laiks {hours}"
        case .channelHoursCleared: "{code} {channel}: darba laiks notīrīts"
        case .serviceUnpublished: "atsaukts {code} {name}; tā ieraksti paliek, jaunus pievienot nevar"
        case .confirmDeleteService: "Dzēst {code} {name}? To nevarēs atsaukt."
        case .deleteNeedsYes: "dzēšot {code}, {n:tiktu dzēsts arī tā melnraksts|tiktu dzēsti arī tā melnraksti|tiktu dzēsti arī tā melnraksti} ({years}); pievienojiet --yes, lai {n:to|tos|tos} dzēstu kopā ar aprakstu"
        case .confirmDeleteServiceAndDrafts: "Dzēst {code} {name} kopā ar {years}. gada {n:melnrakstu|melnrakstiem|melnrakstiem}? To nevarēs atsaukt."
        case .serviceDeleted: "dzēsts {code} {name}"
        case .serviceDeletedAndDrafts: "dzēsts {code} {name} un tā {years}. gada {n:melnraksts|melnraksti|melnraksti}"
        case .fieldDescription: "apraksts"
        case .fieldContact: "kontakti"
        case .fieldHours: "darba laiks"
        case .notGiven: "nav norādīts"
        case .notGivenPlural: "nav norādīti"
        case .notGivenFeminine: "nav norādīta"
        case .columnDay: "diena"
        case .dayClosed: "slēgts"
        default: nil
        }
    }
}
