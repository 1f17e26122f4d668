import PKStore

extension Catalogue {
    /// Rules of descriptions and rights that refused a change, in Latvian.
    static let latvianRules: KeyValuePairs<RuleText, String> = [
        .serviceHasSubmittedStatistics: "{code} ir iesniegta statistika par {years}; aprakstu ar iesniegtu statistiku dzēst nevar (to var atsaukt: service unpublish {code})",
        .invalidText: "'{text}' nevar saglabāt: rakstiet no 1 līdz 2000 rakstzīmēm vienā rindā, bez vadības rakstzīmēm",
        .invalidEmail: "'{text}' nav e-pasta adrese (vards@piemers.lv)",
        .untilNotInFuture: "tiesībām jābeidzas nākotnē: {date} nav pēc šodienas ({today})",
        .administratorOutsideCatalogue: "administratori pieder kataloga iestādei {catalogue}, nevis {institution}; {institution} piešķiriet iestādes lietotāja tiesības (bez --admin)",
        .passwordTooShort: "parole ir par īsu: vismaz {minimum} rakstzīmes",
        .passwordContainsLogin: "parolē nedrīkst būt lietotājvārds {login}",
        .passwordTooCommon: "parole ir starp 10 000 biežāk lietotajām parolēm; izvēlieties tādu, ko nav viegli uzminēt",
    ]
}
