import Foundation
import PKCore
import PKExport
@testable import PKShell
import PKStore
import Testing

/// Both catalogues are complete and consistent, every message name is shown somewhere, and templates
/// render with each language's grammar and number formats.
@Suite struct CatalogueTests {
    /// Every message name of every layer.
    static let allKeys: [any MessageKey] = CoreText.allCases + StoreText.allCases + RuleText.allCases + ExportText.allCases
        + ShellText.allCases + HelpText.allCases + AuditAction.allCases + AuditField.allCases + AuditTerm.allCases
        + ImportText.allCases + ReadingText.allCases
    /// Every name a catalogue gives a text for: with the check rules, whose texts `CheckRule` writes itself (so
    /// `everyKeyIsUsed` does not look for them in the sources).
    static let keysWithTexts: [any MessageKey] = allKeys + CheckRule.allCases

    @Test(arguments: Language.allCases)
    func everyKeyHasANonEmptyTemplate(language: Language) {
        let catalogue = Catalogue.of(language)
        for key in Self.keysWithTexts {
            let template = catalogue.template(key)
            #expect(template != nil, "\(language) has no text for \(key)")
            #expect(template?.trimmingCharacters(in: .whitespaces).isEmpty == false, "\(language) text for \(key) is empty")
        }
    }

    /// A name answered by two groups (two `switch` functions of a language's folder) would show whichever comes
    /// first.
    @Test(arguments: Language.allCases)
    func everyKeyIsInOneGroupOnly(language: Language) {
        let groups = Catalogue.of(language).groups
        for key in Self.keysWithTexts {
            let answering = groups.filter { $0.text(of: key) != nil }.count
            #expect(answering == 1, "\(language) has \(answering) texts for \(key)")
        }
    }

    @Test func bothLanguagesUseTheSamePlaceholders() {
        for key in Self.allKeys {
            let english = Catalogue.argumentNames(in: Catalogue.english.template(key) ?? "")
            let latvian = Catalogue.argumentNames(in: Catalogue.latvian.template(key) ?? "")
            #expect(english == latvian, "\(key): English uses \(english.sorted()), Latvian \(latvian.sorted())")
        }
    }

    @Test func pluralPlaceholdersGiveEveryFormTheLanguageNeeds() {
        for (language, forms) in [(Language.en, 2), (Language.lv, 3)] {
            for key in Self.allKeys {
                for plural in Catalogue.placeholders(in: Catalogue.of(language).template(key) ?? "") where plural.contains(":") {
                    let count = plural.split(separator: ":")[1].split(separator: "|", omittingEmptySubsequences: false).count
                    #expect(count == forms, "\(language) \(key): '\(plural)' has \(count) forms, not \(forms)")
                }
            }
        }
    }

    /// Every name is used somewhere in Sources outside the catalogues; an unused text is dead weight.
    @Test func everyKeyIsUsed() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var code = ""
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" {
            if file.path.contains("/Messages/English/") || file.path.contains("/Messages/Latvian/") { continue }
            if ["ShellText.swift", "HelpText.swift", "CoreText.swift", "StoreText.swift", "RuleText.swift", "ExportText.swift",
                "ImportText.swift", "ReadingText.swift"]
                .contains(file.lastPathComponent) { continue }
            code += try String(contentsOf: file, encoding: .utf8)
        }
        for key in Self.allKeys where !(key is AuditAction) {
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
        #expect(Language.lv.text(Percent(hundredths: 9441)) == "94,41")
        #expect(Language.en.text(Percent(hundredths: 9441)) == "94.41")
        let moment = Timestamp(iso: "2019-12-17T09:43:01")!
        #expect(Language.lv.text(moment) == "17.12.2019 09:43:01")
        #expect(Language.en.text(moment) == "2019-12-17 09:43:01")
    }

    @Test func bracesThatNameNoArgumentStayAsWritten() {
        #expect(Message(HelpText.letSummary).text(in: .en).contains("$NAME or ${NAME}"))
    }

    @Test func yesIsYesInEitherLanguage() {
        for answer in ["y", "Yes", "j", "jā", "JA please"] { #expect(LanguageRules.isYes(answer), "\(answer)") }
        for answer in ["", "n", "nē", "no", "maybe"] { #expect(!LanguageRules.isYes(answer), "\(answer)") }
    }
}

/// What the lower layers' errors say, rendered as the user reads them.
@Suite struct LayerMessageTests {
    @Test func channelMessagesNameTheCandidatesAndEveryKey() {
        #expect(ChannelMatchError.ambiguous("c", [.citiElektroniskie, .cits]).text(in: .en).contains("citi-elektroniskie, cits"))
        let message = ChannelMatchError.unknown("xyz").text(in: .en)
        for channel in Channel.allCases { #expect(message.contains(channel.key)) }
    }

    @Test func countMessagesQuoteTheInputAndTheRange() {
        #expect(CountError.negative("-1").text(in: .en).contains("'-1'"))
        #expect(CountError.notWholeNumber("1.5").text(in: .en).contains("0 to 1 000 000 000"))
        #expect(CountError.tooLarge("1000000001").text(in: .en).contains("1 000 000 000"))
    }

    @Test func channelNotOnDescriptionMessageShowsTheFix() {
        let service = Service(id: 1, code: "015A", name: "Iesniegums", institution: Institution(id: 1, code: "CARN", name: "C"),
                              channels: [.eLatvija, .klatiene], isPublished: true)
        let message = RecordError.channelNotOnDescription(.pasts, service: service).text(in: .en)
        #expect(message.contains("service channels 015A e-latvija klatiene pasts"))
    }

    @Test func latvianCheckTallyAgreesWithOneRecord() {
        let one = Language.lv.text(ShellText.checkTally, ["n": 1, "errors": 1, "warnings": 0])
        #expect(one == "pārbaudīts 1 ieraksts: 1 kļūda, 0 brīdinājumu")
        #expect(Language.lv.text(ShellText.checkTally, ["n": 3, "errors": 0, "warnings": 2]).hasPrefix("pārbaudīti 3 ieraksti"))
    }
}
