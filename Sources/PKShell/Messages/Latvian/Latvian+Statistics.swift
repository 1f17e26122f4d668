import PKCore

extension Catalogue {
    /// Help of statistics: add, edit, save, close, submit, set, complaints, delays, compute, in Latvian.
    static func latvianStatisticsHelp(_ key: HelpText) -> String? {
        switch key {
        case .metaService: "PAKALPOJUMS"
        case .metaChannel: "KANĀLS"
        case .metaStarted: "UZSĀKTI"
        case .metaCompleted: "PABEIGTI"
        case .metaNumber: "N"
        case .addSummary: "izveidot pakalpojuma gada ieraksta melnrakstu un atvērt to (Pievienot)"
        case .addDetails: "PAKALPOJUMS ir kods (015A) vai viennozīmīga nosaukuma daļa. Pakalpojumam jābūt publicētam, un tam vēl nedrīkst būt šī gada ieraksta (tad lietojiet labot)."
        case .editSummary: "atvērt pakalpojuma saglabāto gada melnrakstu (Labot)"
        case .saveSummary: "saglabāt atvērto ierakstu kā melnrakstu (Saglabāt)"
        case .discardOption: "atmest nesaglabātās izmaiņas"
        case .closeSummary: "aizvērt atvērto ierakstu; ja ir nesaglabātas izmaiņas, vajag --discard"
        case .yesOption: "neprasīt apstiprinājumu"
        case .submitSummary: "iesniegt saglabātu ierakstu (Iesniegt); tas kļūst tikai lasāms"
        case .submitDetails: "Bez PAKALPOJUMA — atvērto ierakstu. Pārbauda ar check noteikumiem un atsaka ierakstu ar kļūdām, tās nosaucot; vispirms parāda tā brīdinājumus. Terminālī prasa apstiprinājumu, ja nav --yes. --all iesniedz visus gada melnrakstus, kam check neatrod kļūdu, un parāda, ko aizturēja."
        case .submitAllOption: "visi gada melnraksti, kam check neatrod kļūdu"
        case .checkSummary: "pārbaudīt gada melnrakstus pirms iesniegšanas: kļūdas (aptur iesniegšanu) un brīdinājumi"
        case .checkDetails: "Bez PAKALPOJUMA — visus gada melnrakstus; ar PAKALPOJUMU — tā ierakstu. Katrs atradums nosauc noteikumu (iekavās tā identifikators). Kļūdas: skaitļi kanālā, kas vairs nav aprakstā, rādītāji vecāki par skaitļiem, e-pakalpojums bez aprēķinātiem rādītājiem, nesaglabātas izmaiņas. Brīdinājumi: pabeigti vairāk nekā uzsākti, veiksmīgums virs 100 %, sūdzības vai kavējumi vairāk nekā uzsākti, aprakstā esošs kanāls atstāts 0/0, izmaiņa virs ×3 pret iepriekšējā gada iesniegto ierakstu kanālā ar vismaz 100 pieprasījumiem, visi skaitļi nulle. Izejas kods 1, ja ir kļūda."
        case .setSummary: "atvērtā ieraksta viena kanāla skaitļi (uzsākti un pabeigti)"
        case .setDetails: "KANĀLS ir atslēga (e-latvija), latviskais nosaukums (\"Klātiene iestādē\", lielos burtus un garumzīmes var nerakstīt) vai viennozīmīgs sākums; tam jābūt pakalpojuma aprakstā. Skaitļiem jābūt veseliem, no 0 līdz 1 000 000 000."
        case .unsetSummary: "notīrīt viena kanāla skaitļus atvērtajā ierakstā"
        case .unsetDetails: "Apraksta kanāla skaitļi kļūst nulle; kanāls, kas no apraksta izņemts pēc skaitļu ievadīšanas, no ieraksta pazūd (tāpat arī ar set KANĀLS 0 0)."
        case .complaintsSummary: "atvērtā ieraksta sūdzību skaits (Sūdzības)"
        case .delaysSummary: "atvērtā ieraksta kavējumu skaits (Kavējumi)"
        case .computeSummary: "aprēķināt atvērtā ieraksta kvalitātes rādītājus, tikai e-pakalpojumiem (Aprēķināt)"
        case .computeDetails: "izpildes veiksmīgums = 100 × pabeigti ÷ uzsākti e-pakalpojumu kanālos; lietošanas pakāpe = 100 × uzsākti e-pakalpojumu kanālos ÷ uzsākti visos kanālos. Atsaka, kamēr kanālam, kas izņemts no apraksta, vēl ir skaitļi. Pēc tam saglabājiet."
        default: nil
        }
    }

    /// What the shell says: statistics: add, edit, save, close, submit, set, complaints, delays, compute, in Latvian.
    static func latvianStatistics(_ key: ShellText) -> String? {
        switch key {
        case .recordCreated: "jauns {code} {name} {year}. gada ieraksts; kanāli: {channels}. Ievadiet skaitļus ar set, tad saglabājiet."
        case .draftOpened: "atvērts {code} {name} {year}. gada melnraksts"
        case .draftOpenedUpdated: "atvērts {code} {name} {year}. gada melnraksts (atjaunots {updated})"
        case .nothingToSave: "nav ko saglabāt: {code} {year}. gada melnraksts ir tāds, kāds saglabāts ({updated})"
        case .draftSaved: "saglabāts {code} {year}. gada melnraksts ({updated})"
        case .indicatorsNotUpToDate: "{code} kvalitātes rādītāji nav aktuāli; pirms iesniegšanas izpildiet komandu aprēķināt, tad saglabāt"
        case .indicatorsNeverComputed: "{code} kvalitātes rādītāji nav aprēķināti; pirms iesniegšanas izpildiet komandu aprēķināt, tad saglabāt"
        case .recordClosed: "{code} aizvērts"
        case .recordClosedDiscarded: "{code} aizvērts; nesaglabātās izmaiņas atmestas"
        case .confirmSubmit: "Iesniegt {code} {name} {year}. gada ierakstu? Tas kļūs tikai lasāms."
        case .recordSubmittedNow: "{code} {year}. gada ieraksts iesniegts; tagad tas ir tikai lasāms"
        case .confirmSubmitAll: "Iesniegt {n} {year}. gada {n:melnrakstu|melnrakstus|melnrakstu}, kam check neatrod kļūdu? {n:Tas kļūs tikai lasāms|Tie kļūs tikai lasāmi|Tie kļūs tikai lasāmi}."
        case .heldBack: "{code} aizturēts: {reasons}"
        case .submitWarning: "{code}: {finding}"
        case .submitAllTally: "iesniegti {n} {year}. gada {n:melnraksts|melnraksti|melnrakstu}, {held:aizturēts|aizturēti|aizturēti} {held}"
        case .serviceWithAll: "submit --all nepieņem PAKALPOJUMU ('{service}'); norādiet vienu no tiem"
        case .nothingToCheck: "nav {year}. gada melnrakstu, ko pārbaudīt"
        case .checkTally: "{n:pārbaudīts|pārbaudīti|pārbaudīti} {n} {n:ieraksts|ieraksti|ierakstu}: {errors} {errors:kļūda|kļūdas|kļūdu}, {warnings} {warnings:brīdinājums|brīdinājumi|brīdinājumu}"
        case .checkFoundErrors: "{n} {n:ierakstā|ierakstos|ierakstos} ir kļūdas, kuru dēļ iesniegt nevar; vispirms tās izlabojiet"
        case .countsSet: "{channel}: uzsākti {started}, pabeigti {completed}"
        case .countsCleared: "{channel}: skaitļi notīrīti"
        case .countsRemoved: "{channel}: skaitļi izņemti; kanāla vairs nav aprakstā"
        case .complaintsSet: "sūdzības: {n}"
        case .delaysSet: "kavējumi: {n}"
        default: nil
        }
    }
}
