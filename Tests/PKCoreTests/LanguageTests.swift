@testable import PKCore
import Testing

/// Which language pks speaks: `--lang`, then `$PKS_LANG`, then the locale.
@Suite struct LanguageTests {
    @Test(arguments: [
        (nil, [:], Language.en), ("lv", [:], .lv), ("EN", ["PKS_LANG": "lv"], .en), (nil, ["PKS_LANG": "lv"], .lv),
        (nil, ["LANG": "lv_LV.UTF-8"], .lv), (nil, ["LANG": "C.UTF-8"], .en), (nil, ["LC_ALL": "lv_LV.UTF-8", "LANG": "C"], .lv),
        (nil, ["LC_ALL": "C", "LANG": "lv_LV.UTF-8"], .lv), (nil, ["LC_MESSAGES": "lv_LV"], .lv), (nil, ["PKS_LANG": "en", "LANG": "lv_LV.UTF-8"], .en),
    ] as [(String?, [String: String], Language)])
    func languageComesFromTheOptionThenPksLangThenTheLocale(option: String?, environment: [String: String], expected: Language) throws {
        #expect(try Language.chosen(option: option, environment: environment) == expected)
    }

    @Test func anUnknownLanguageIsRefusedInTheLocalesLanguage() {
        #expect(throws: LanguageError(name: "de", source: "--lang", fallback: .lv)) {
            try Language.chosen(option: "de", environment: ["LANG": "lv_LV.UTF-8"])
        }
        #expect(throws: LanguageError(name: "xx", source: "$PKS_LANG", fallback: .en)) {
            try Language.chosen(option: nil, environment: ["PKS_LANG": "xx"])
        }
    }
}
