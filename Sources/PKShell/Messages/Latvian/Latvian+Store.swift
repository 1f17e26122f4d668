import PKCore
import PKStore

extension Catalogue {
    /// Errors of the store, in Latvian.
    static let latvianStore: [StoreText: String] = [
        .notInitialized: "datubāzē {path} vēl nav administratora: izveidojiet to ar pks init --admin LIETOTĀJS --name \"VĀRDS UZVĀRDS\"",
        .schemaTooNew: "datubāzes {location} shēmas versija ir {database}, jaunāka, nekā šī pks zina ({program}); lietojiet jaunāku pks",
        .alreadyInitialized: "datubāzē jau ir administrators",
        .administratorsOnly: "to drīkst darīt tikai administratori",
        .rightsNoLongerValid: "lietotāja {login} tiesības ir slēgtas vai beigušās; lūdziet administratoram tās atjaunot",
        .invalidInstitutionCode: "'{code}' nav derīgs iestādes kods (1–20 burti, cipari, '-', '_' vai '.')",
        .duplicateInstitution: "iestāde {code} jau ir",
        .unknownInstitution: "nav iestādes ar kodu '{code}' (skatiet institution list)",
        .invalidLogin: "'{login}' nav derīgs lietotājvārds (2–32 burti, cipari, '.', '-' vai '_', sākumā burts)",
        .duplicateLogin: "lietotājs {login} jau ir",
        .invalidName: "'{name}' nav derīgs nosaukums (1–300 rakstzīmes, ne tikai atstarpes)",
        .invalidServiceCode: "'{code}' nav derīgs pakalpojuma kods (1–20 burti, cipari, '-', '_' vai '.')",
        .duplicateServiceCode: "pakalpojuma kods {code} jau ir aizņemts",
        .unknownService: "jūsu iestādei nav pakalpojuma '{text}' (skatiet services)",
        .ambiguousService: "'{text}' atbilst vairākiem pakalpojumiem: {codes}; norādiet kodu",
        .notPublished: "pakalpojums {code} nav publicēts; statistiku var ievadīt tikai publicētiem pakalpojumiem (service publish {code})",
        .noChannels: "pakalpojumam {code} vēl nav kanālu; vispirms norādiet tos: service channels {code} KANĀLS...",
        .recordExists: "{code} jau ir {year}. gada ieraksts: atveriet to ar labot {code}",
        .submittedRecordExists: "{code} {year}. gada ieraksts jau ir iesniegts un ir tikai lasāms: apskatiet to ar show {code}",
        .noRecord: "{code} nav {year}. gada ieraksta: izveidojiet to ar pievienot {code}",
        .changedElsewhere: "{code} {year}. gada ierakstu kopš atvēršanas ir mainījis kāds cits; izpildiet close --discard un labot vēlreiz",
        .unknownUser: "nav lietotāja '{login}' (skatiet user list)",
        .cannotCloseOwnRights: "savas tiesības slēgt nevar; lūdziet to citam administratoram",
        .alreadyClosed: "lietotāja {login} tiesības jau ir slēgtas",
        .wrongCurrentPassword: "pašreizējā parole nav pareiza; nekas netika mainīts",
        .invalidPasswordCost: "paroles izmaksa {cost} ir ārpus robežām; norādiet no {lowest} līdz {highest}",
        .passwordHashingFailed: "paroli neizdevās jaukt (hash)",
        .emptyPassword: "parole ir tukša",
        .databaseFailed: "datubāze: {reason}",
        .invalidCredentials: "pieteikšanās neizdevās: nezināms lietotājs vai nepareiza parole",
        .loginRightsClosed: "pieteikšanās neizdevās: lietotāja {login} tiesības ir slēgtas; lūdziet administratoram (VRAA) tās piešķirt no jauna",
        .loginRightsExpired: "pieteikšanās neizdevās: lietotāja {login} tiesības beidzās {date}; lūdziet administratoram (VRAA) tās atjaunot",
        .tooManyFailures: "pieteikšanās atteikta: lietotājam {login} pārāk daudz neveiksmīgu mēģinājumu; mēģiniet vēlreiz pēc {seconds} s (ja parole pazaudēta, vērsieties pie administratora)",
    ]
}
