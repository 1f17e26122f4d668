import Foundation
import PKCore

/// The rules every new password passes (a new user's, `passwd`'s, the first administrator's); passwords set
/// before these rules keep working. The message names the rule that failed.
enum PasswordRules {
    static let minimumLength = 12

    /// The 10,000 most common passwords, lowercased, most common first: `Resources/common-passwords.txt`, the
    /// first 10,000 lines of the list Django ships (Royce Williams' 20,000; see Scripts/generate-common-passwords).
    static let common: Set<String> = Set(
        String(decoding: PackageResources.common_passwords_txt, as: UTF8.self).split(separator: "\n").map(String.init))

    static func check(_ password: String, login: String) throws(StoreError) {
        guard !password.isEmpty else { throw .emptyPassword }
        guard password.count >= minimumLength else { throw .rule(.passwordTooShort(minimum: minimumLength)) }
        guard !password.lowercased().contains(login.lowercased()) else { throw .rule(.passwordContainsLogin(login)) }
        guard !common.contains(password.lowercased()) else { throw .rule(.passwordTooCommon) }
    }
}
