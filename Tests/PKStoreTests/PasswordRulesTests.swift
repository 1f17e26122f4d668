@testable import PKStore
import Testing

/// Passwords guessed as patterns, whatever their length, and ones that only look a little like them.
@Suite struct PasswordRulesTests {
    @Test(arguments: ["123456789012", "210987654321", "abcdefghijkl", "ZYXWVUTSRQPO", "xyzabcdefghi", "aaaaaaaaaaaa",
                      "121212121212", "abcabcabcabc", "7890123456789"])
    func patternsAreRefused(_ password: String) {
        #expect(throws: StoreError.rule(.passwordPattern)) { try PasswordRules.check(password, login: "ieva") }
    }

    @Test(arguments: ["Carnikava-2019", "test-parole-2020", "1234567890ab", "abcdefghijk1", "12121212121x", "Ādažu-novads-1"])
    func othersPass(_ password: String) throws {
        try PasswordRules.check(password, login: "ieva")
    }
}
