import PKCore

extension Catalogue {
    /// Help of statistics: add, edit, save, close, submit, set, complaints, delays, compute, in Latvian.
    static let latvianStatisticsHelp: KeyValuePairs<HelpText, String> = [
        .metaService: "PAKALPOJUMS",
        .metaChannel: "KANĀLS",
        .metaStarted: "UZSĀKTI",
        .metaCompleted: "PABEIGTI",
        .metaNumber: "N",
        .addSummary: "izveidot pakalpojuma gada ieraksta melnrakstu un atvērt to (Pievienot)",
        .addDetails: "PAKALPOJUMS ir kods (015A) vai viennozīmīga nosaukuma daļa. Pakalpojumam jābūt publicētam, un tam vēl nedrīkst būt šī gada ieraksta (tad lietojiet labot).",
        .editSummary: "atvērt pakalpojuma saglabāto gada melnrakstu (Labot)",
        .saveSummary: "saglabāt atvērto ierakstu kā melnrakstu (Saglabāt)",
        .discardOption: "atmest nesaglabātās izmaiņas",
        .closeSummary: "aizvērt atvērto ierakstu; ja ir nesaglabātas izmaiņas, vajag --discard",
        .yesOption: "neprasīt apstiprinājumu",
        .submitSummary: "iesniegt saglabātu ierakstu (Iesniegt); tas kļūst tikai lasāms",
        .submitDetails: "Bez PAKALPOJUMA — atvērto ierakstu. Pārbauda ar check noteikumiem un atsaka ierakstu ar kļūdām, tās nosaucot. Terminālī prasa apstiprinājumu, ja nav --yes. --all iesniedz visus gada melnrakstus, kam check neatrod kļūdu, un parāda, ko aizturēja.",
        .submitAllOption: "visi gada melnraksti, kam check neatrod kļūdu",
        .checkSummary: "pārbaudīt gada melnrakstus pirms iesniegšanas: kļūdas (aptur iesniegšanu) un brīdinājumi",
        .checkDetails: "Bez PAKALPOJUMA — visus gada melnrakstus; ar PAKALPOJUMU — tā ierakstu. Katrs atradums nosauc noteikumu (iekavās tā identifikators). Kļūdas: skaitļi kanālā, kas vairs nav aprakstā, rādītāji vecāki par skaitļiem, e-pakalpojums bez aprēķinātiem rādītājiem, nesaglabātas izmaiņas. Brīdinājumi: pabeigti vairāk nekā uzsākti, veiksmīgums virs 100 %, sūdzības vai kavējumi vairāk nekā uzsākti, aprakstā esošs kanāls atstāts 0/0, izmaiņa virs ×3 pret iepriekšējā gada iesniegto ierakstu kanālā ar vismaz 100 pieprasījumiem, visi skaitļi nulle. Izejas kods 1, ja ir kļūda.",
        .setSummary: "atvērtā ieraksta viena kanāla skaitļi (uzsākti un pabeigti)",
        .setDetails: "KANĀLS ir atslēga (e-latvija), latviskais nosaukums (\"Klātiene iestādē\", lielos burtus un garumzīmes var nerakstīt) vai viennozīmīgs sākums; tam jābūt pakalpojuma aprakstā. Skaitļiem jābūt veseliem, no 0 līdz 1 000 000 000.",
        .unsetSummary: "notīrīt viena kanāla skaitļus atvērtajā ierakstā",
        .unsetDetails: "Apraksta kanāla skaitļi kļūst nulle; kanāls, kas no apraksta izņemts pēc skaitļu ievadīšanas, no ieraksta pazūd (tāpat arī ar set KANĀLS 0 0).",
        .complaintsSummary: "atvērtā ieraksta sūdzību skaits (Sūdzības)",
        .delaysSummary: "atvērtā ieraksta kavējumu skaits (Kavējumi)",
        .computeSummary: "aprēķināt atvērtā ieraksta kvalitātes rādītājus, tikai e-pakalpojumiem (Aprēķināt)",
        .computeDetails: "izpildes veiksmīgums = 100 × pabeigti ÷ uzsākti e-pakalpojumu kanālos; lietošanas pakāpe = 100 × uzsākti e-pakalpojumu kanālos ÷ uzsākti visos kanālos. Pēc tam saglabājiet.",
    ]

    /// What the shell says: statistics: add, edit, save, close, submit, set, complaints, delays, compute, in Latvian.
    static let latvianStatistics: KeyValuePairs<ShellText, String> = [
        .recordCreated: "jauns {code} {name} {year}. gada ieraksts; kanāli: {channels}. Ievadiet skaitļus ar set, tad saglabājiet.",
        .draftOpened: "atvērts {code} {name} {year}. gada melnraksts",
        .draftOpenedUpdated: "atvērts {code} {name} {year}. gada melnraksts (atjaunots {updated})",
        .draftSaved: "saglabāts {code} {year}. gada melnraksts ({updated})",
        .indicatorsNotUpToDate: "{code} kvalitātes rādītāji nav aktuāli; pirms iesniegšanas izpildiet komandu aprēķināt, tad saglabāt",
        .recordClosed: "{code} aizvērts",
        .recordClosedDiscarded: "{code} aizvērts; nesaglabātās izmaiņas atmestas",
        .confirmSubmit: "Iesniegt {code} {name} {year}. gada ierakstu? Tas kļūs tikai lasāms.",
        .recordSubmittedNow: "{code} {year}. gada ieraksts iesniegts; tagad tas ir tikai lasāms",
        .confirmSubmitAll: "Iesniegt {n} {year}. gada {n:melnrakstu|melnrakstus|melnrakstu}, kam check neatrod kļūdu? Tie kļūs tikai lasāmi.",
        .heldBack: "{code} aizturēts: {reasons}",
        .submitAllTally: "iesniegti {n} {year}. gada {n:melnraksts|melnraksti|melnrakstu}, aizturēti {held}",
        .serviceWithAll: "submit --all nepieņem PAKALPOJUMU ('{service}'); norādiet vienu no tiem",
        .nothingToCheck: "nav {year}. gada melnrakstu, ko pārbaudīt",
        .checkTally: "{n:pārbaudīts|pārbaudīti|pārbaudīti} {n} {n:ieraksts|ieraksti|ierakstu}: {errors} {errors:kļūda|kļūdas|kļūdu}, {warnings} {warnings:brīdinājums|brīdinājumi|brīdinājumu}",
        .checkFoundErrors: "{n} {n:ierakstā|ierakstos|ierakstos} ir kļūdas, ko iesniegšana atsaka; vispirms tās izlabojiet",
        .countsSet: "{channel}: uzsākti {started}, pabeigti {completed}",
        .countsCleared: "{channel}: skaitļi notīrīti",
        .countsRemoved: "{channel}: skaitļi izņemti; kanāla vairs nav aprakstā",
        .complaintsSet: "sūdzības: {n}",
        .delaysSet: "kavējumi: {n}",
    ]
}
