import PKCore

extension Catalogue {
    /// Help of statistics: add, edit, save, close, submit, set, complaints, delays, compute, in Latvian.
    static let latvianStatisticsHelp: [HelpText: String] = [
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
        .submitDetails: "Bez PAKALPOJUMA iesniedz atvērto ierakstu. Iesniegt nevar, ja ir nesaglabātas izmaiņas vai rādītāji aprēķināti pirms skaitļu maiņas. Terminālī prasa apstiprinājumu, ja nav --yes.",
        .setSummary: "atvērtā ieraksta viena kanāla skaitļi (uzsākti un pabeigti)",
        .setDetails: "KANĀLS ir atslēga (e-latvija), latviskais nosaukums (\"Klātiene iestādē\", lielos burtus un garumzīmes var nerakstīt) vai viennozīmīgs sākums; tam jābūt pakalpojuma aprakstā. Skaitļiem jābūt veseliem, no 0 līdz 1 000 000 000.",
        .complaintsSummary: "atvērtā ieraksta sūdzību skaits (Sūdzības)",
        .delaysSummary: "atvērtā ieraksta kavējumu skaits (Kavējumi)",
        .computeSummary: "aprēķināt atvērtā ieraksta kvalitātes rādītājus, tikai e-pakalpojumiem (Aprēķināt)",
        .computeDetails: "izpildes veiksmīgums = 100 × pabeigti ÷ uzsākti e-pakalpojumu kanālos; lietošanas pakāpe = 100 × uzsākti e-pakalpojumu kanālos ÷ uzsākti visos kanālos. Pēc tam saglabājiet.",
    ]

    /// What the shell says: statistics: add, edit, save, close, submit, set, complaints, delays, compute, in Latvian.
    static let latvianStatistics: [ShellText: String] = [
        .recordCreated: "jauns {code} {name} {year}. gada ieraksts; kanāli: {channels}. Ievadiet skaitļus ar set, tad saglabājiet.",
        .draftOpened: "atvērts {code} {name} {year}. gada melnraksts",
        .draftOpenedUpdated: "atvērts {code} {name} {year}. gada melnraksts (atjaunots {updated})",
        .draftSaved: "saglabāts {code} {year}. gada melnraksts ({updated})",
        .indicatorsNotUpToDate: "{code} kvalitātes rādītāji nav aktuāli; pirms iesniegšanas izpildiet komandu aprēķināt, tad saglabāt",
        .recordClosed: "{code} aizvērts",
        .recordClosedDiscarded: "{code} aizvērts; nesaglabātās izmaiņas atmestas",
        .confirmSubmit: "Iesniegt {code} {name} {year}. gada ierakstu? Tas kļūs tikai lasāms.",
        .recordSubmittedNow: "{code} {year}. gada ieraksts iesniegts; tagad tas ir tikai lasāms",
        .countsSet: "{channel}: uzsākti {started}, pabeigti {completed}",
        .complaintsSet: "sūdzības: {n}",
        .delaysSet: "kavējumi: {n}",
    ]
}
