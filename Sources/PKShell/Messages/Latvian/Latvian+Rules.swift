import PKStore

extension Catalogue {
    /// Rules of descriptions and rights that refused a change, in Latvian.
    static func latvianRules(_ key: RuleText) -> String {
        switch key {
        case .serviceHasSubmittedStatistics: "{code} ir iesniegta statistika par {years}; aprakstu ar iesniegtu statistiku dzēst nevar (to var atsaukt: service unpublish {code})"
        case .invalidText: "'{text}' nevar saglabāt: rakstiet no 1 līdz 2000 rakstzīmēm vienā rindā, bez vadības rakstzīmēm"
        case .invalidEmail: "'{text}' nav e-pasta adrese (vards@piemers.lv)"
        case .untilNotInFuture: "tiesībām jābeidzas nākotnē: {date} nav pēc šodienas ({today})"
        case .administratorOutsideCatalogue: "administratori pieder kataloga iestādei {catalogue}, nevis {institution}; {institution} piešķiriet iestādes lietotāja tiesības (bez --admin)"
        case .passwordTooShort: "parole ir par īsu: vismaz {minimum} rakstzīmes"
        case .passwordContainsLogin: "parolē nedrīkst būt lietotājvārds {login}"
        case .passwordTooCommon: "parole ir starp 10 000 biežāk lietotajām parolēm; izvēlieties tādu, ko nav viegli uzminēt"
        case .passwordPattern: "parole ir virkne kā 123456789012 vai abcdefghijkl vai dažas rakstzīmes atkārtotas; izvēlieties tādu, ko nav viegli uzminēt"
        }
    }
}
