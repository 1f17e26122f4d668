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
        guard !isPattern(password.lowercased()) else { throw .rule(.passwordPattern) }
    }

    /// Whether a password is guessed as a pattern, whatever its length: a run of digits or letters up or down
    /// (`123456789012`, the digits going round after 9; `abcdefghijkl`), or one to three characters repeated
    /// (`aaaaaaaaaaaa`, `121212121212`, `abcabcabcabc`).
    static func isPattern(_ password: String) -> Bool {
        let characters = Array(password.unicodeScalars)
        if (1...3).contains(where: { block in characters.indices.allSatisfy { characters[$0] == characters[$0 % block] } }) {
            return true
        }
        let steps = zip(characters, characters.dropFirst()).map(step)
        return steps.allSatisfy { $0 == 1 } || steps.allSatisfy { $0 == -1 }
    }

    /// +1 when `to` follows `from` among the digits or the letters a–z (going round at the end), -1 when it
    /// comes before it, else 0.
    private static func step(_ from: Unicode.Scalar, _ to: Unicode.Scalar) -> Int {
        for range: ClosedRange<Unicode.Scalar> in ["0"..."9", "a"..."z"] where range.contains(from) && range.contains(to) {
            let size = Int(range.upperBound.value - range.lowerBound.value) + 1
            switch (Int(to.value) - Int(from.value) + size) % size {
            case 1: return 1
            case size - 1: return -1
            default: return 0
            }
        }
        return 0
    }
}
