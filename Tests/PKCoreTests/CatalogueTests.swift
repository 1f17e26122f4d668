import Foundation
@testable import PKCore
import Testing

/// Both catalogues are complete and consistent, every key is shown somewhere, and templates render
/// with Latvian grammar and number formats.
@Suite struct CatalogueTests {
    @Test(arguments: Language.allCases)
    func everyKeyHasANonEmptyTemplate(language: Language) {
        let catalogue = Catalogue.of(language)
        for key in TextKey.allCases {
            let template = catalogue.templates[key]
            #expect(template != nil, "\(language) has no text for \(key)")
            #expect(template?.trimmingCharacters(in: .whitespaces).isEmpty == false, "\(language) text for \(key) is empty")
        }
        #expect(catalogue.templates.count == TextKey.allCases.count)
    }

    @Test func bothLanguagesUseTheSamePlaceholders() {
        for key in TextKey.allCases {
            let english = Catalogue.argumentNames(in: Catalogue.english.templates[key] ?? "")
            let latvian = Catalogue.argumentNames(in: Catalogue.latvian.templates[key] ?? "")
            #expect(english == latvian, "\(key): English uses \(english.sorted()), Latvian \(latvian.sorted())")
        }
    }

    @Test func pluralPlaceholdersGiveEveryFormTheLanguageNeeds() {
        for (language, forms) in [(Language.en, 2), (Language.lv, 3)] {
            for (key, template) in Catalogue.of(language).templates {
                for plural in Catalogue.placeholders(in: template) where plural.contains(":") {
                    let count = plural.split(separator: ":")[1].split(separator: "|", omittingEmptySubsequences: false).count
                    #expect(count == forms, "\(language) \(key): '\(plural)' has \(count) forms, not \(forms)")
                }
            }
        }
    }

    /// Every key is named somewhere in Sources outside the catalogues; an unused text is dead weight.
    @Test func everyKeyIsUsed() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var code = ""
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" {
            let name = file.lastPathComponent
            if name.hasPrefix("Catalogue+") || name == "TextKey.swift" { continue }
            code += try String(contentsOf: file, encoding: .utf8)
        }
        for key in TextKey.allCases {
            let used = code.range(of: "\\.\(key.rawValue)\\b", options: .regularExpression) != nil
            #expect(used, "\(key) is in the catalogues but no source file uses it")
        }
    }

    @Test(arguments: [(1, "1 ieraksts"), (2, "2 ieraksti"), (9, "9 ieraksti"), (10, "10 ierakstu"), (11, "11 ierakstu"),
                      (19, "19 ierakstu"), (21, "21 ieraksts"), (22, "22 ieraksti"), (0, "0 ierakstu"), (101, "101 ieraksts"),
                      (111, "111 ierakstu")])
    func latvianPluralFollowsTheLastDigits(count: Int, expected: String) {
        let text = Message(.exportWroteYear, ["n": count, "year": 2019, "path": "a.csv"]).text(in: .lv)
        #expect(text == "saglabāts a.csv: \(expected) par 2019. gadu")
    }

    @Test func englishPluralIsOneOrOther() {
        #expect(Message(.exportWroteYear, ["n": 1, "year": 2019, "path": "a.csv"]).text(in: .en) == "wrote 1 record of 2019 to a.csv")
        #expect(Message(.exportWroteYear, ["n": 0, "year": 2019, "path": "a.csv"]).text(in: .en) == "wrote 0 records of 2019 to a.csv")
    }

    @Test func latvianWritesDecimalCommasAndDayFirstDates() {
        #expect(Percent(hundredths: 9441).text(in: .lv) == "94,41")
        #expect(Percent(hundredths: 9441).text(in: .en) == "94.41")
        let moment = Timestamp(iso: "2019-12-17T09:43:01")!
        #expect(moment.text(in: .lv) == "17.12.2019 09:43:01")
        #expect(moment.text(in: .en) == "2019-12-17 09:43:01")
    }

    @Test func bracesThatNameNoArgumentStayAsWritten() {
        #expect(Message(.letSummary).text(in: .en).contains("$NAME or ${NAME}"))
    }

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
