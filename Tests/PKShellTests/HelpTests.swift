import Foundation
import PKCore
@testable import PKShell
import Testing

@Suite struct HelpTests {
    /// Every full command name of the table: `login`, ..., `service add`, `user list`.
    static let fullNames: [String] = CommandTable.standard.commands.flatMap { spec in
        spec.subcommands.isEmpty ? [spec.name] : spec.subcommands.map { "\(spec.name) \($0.name)" }
    }

    @Test func helpListsEveryCommandOfTheTableOnALineOfItsOwn() throws {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("help"))
        let lines = shell.console.output.split(separator: "\n").map(String.init)
        for name in Self.fullNames {
            #expect(lines.contains { $0.hasPrefix("  \(name) ") }, "help does not list \(name)")
        }
        #expect(Self.fullNames.count >= 25)
    }

    @Test(arguments: Language.allCases)
    func helpShowsEachGroupHeading(language: Language) {
        let shell = ShellHarness(language: language)
        #expect(shell.interpreter.execute("help"))
        for group in CommandGroup.allCases {
            #expect(shell.console.output.contains(Message(group.title).text(in: language) + "\n"))
        }
    }

    @Test func helpNeedsNeitherLoginNorADatabase() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("help"))
        #expect(shell.interpreter.execute("help set"))
        #expect(shell.console.errors.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: shell.databasePath))
    }

    @Test(arguments: CommandTable.standard.commands.map(\.name), Language.allCases)
    func helpForEachCommandStartsWithItsUsageOrSubcommands(name: String, language: Language) {
        let shell = ShellHarness(language: language)
        let expected = Self.helpOpening(of: name, in: language)
        #expect(shell.interpreter.execute("help \(name)"))
        #expect(shell.console.errors.isEmpty)
        #expect(shell.console.output.hasPrefix(expected.prefix))
        for line in expected.lines { #expect(shell.console.output.contains(line)) }
    }

    /// What `help NAME` starts with, and lines it must hold (its summary, or its subcommands).
    static func helpOpening(of name: String, in language: Language) -> (prefix: String, lines: [String]) {
        guard let spec = CommandTable.standard.spec(named: name) else { return ("no such command \(name)", []) }
        let summary = Message(spec.summary).text(in: language)
        if spec.subcommands.isEmpty {
            return ((language == .lv ? "lietojums: " : "usage: ") + name, [summary])
        }
        return ("\(name): \(summary)\n", spec.subcommands.map { "  \(name) \($0.name)" })
    }

    @Test func helpForACommandShowsItsOptions() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("help show"))
        #expect(shell.console.output.hasPrefix("usage: show [SERVICE] [--json] [--institution CODE]\n"))
        #expect(shell.console.output.contains("options:\n  --json  "))
    }

    @Test func helpAcceptsAliasesAndAnyCase() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("help exit"))
        #expect(shell.console.output.hasPrefix("usage: quit"))
        #expect(shell.console.output.contains("also: exit"))
        shell.console.clear()
        #expect(shell.interpreter.execute("help SET"))
        #expect(shell.console.output.hasPrefix("usage: set CHANNEL STARTED COMPLETED"))
    }

    @Test func helpChannelsExplainsAllElevenChannels() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("help channels"))
        for channel in Channel.allCases {
            #expect(shell.console.output.contains("\(channel.key) — \(channel.latvianName)"))
        }
    }

    /// The appendix of the catalogue's guide, faithfully: its named examples and the whole VPVKAC rule.
    @Test(arguments: [(Language.en, "channels"), (.lv, "kanāli")])
    func helpChannelsTeachesTheAppendixWithItsExamples(language: Language, topic: String) {
        let shell = ShellHarness(language: language)
        #expect(shell.interpreter.execute("help " + topic))
        let text = shell.console.output
        for example in ["UNA", "Toms", "EDS", "BIS", "Geolatvija", "veselīb", "Facebook", "Twitter", "VSAA", "(TM)", "VBTAI",
                        "Reģistrēt mājas (istabas) dzīvnieku", "Iesniegums iestādei", "CSDD", "93", "122"] {
            #expect(text.contains(example), "help \(topic) lacks \(example)")
        }
        shell.console.clear()
        #expect(shell.interpreter.execute("help vpvkac"))
        let rule = shell.console.output
        // State institutions report what VPVKAC forwarded; VID and VSAA paper applications are theirs, not the
        // municipality's; municipalities count what they served through VPVKAC.
        let words = language == .en ? ["State institutions", "forwarded", "VID and VSAA applications on paper", "not by the municipality",
                                       "Municipalities with a VPVKAC count"]
            : ["Valsts iestādes", "nogādājis", "VID un VSAA pakalpojumu papīra pieteikumus", "nevis pašvaldība",
               "Pašvaldības, kurās atrodas VPVKAC, pie VPVKAC kanāla pieskaita"]
        for word in words { #expect(rule.contains(word), "help vpvkac lacks \(word)") }
        #expect(!rule.contains("klatiene —"), "help CHANNEL shows that channel alone")
    }

    @Test func helpForOneChannelAcceptsAPrefixOrName() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("help vpvk"))
        #expect(shell.console.output.hasPrefix("vpvkac — VPVKAC\n"))
        shell.console.clear()
        #expect(shell.interpreter.execute(#"help "Klātiene iestādē""#))
        #expect(shell.console.output.hasPrefix("klatiene — Klātiene iestādē\n"))
    }

    @Test func latvianHelpNamesTheArgumentsInLatvianAndAcceptsLatvianCommandNames() {
        let shell = ShellHarness(language: .lv)
        #expect(shell.interpreter.execute("help SAGLABAT"))
        #expect(shell.console.output.hasPrefix("lietojums: save\n"))
        #expect(shell.console.output.contains("arī: saglabāt"))
        shell.console.clear()
        #expect(shell.interpreter.execute("help set"))
        #expect(shell.console.output.hasPrefix("lietojums: set KANĀLS UZSĀKTI PABEIGTI\n"))
        shell.console.clear()
        #expect(shell.interpreter.execute("help kanāli"))
        #expect(shell.console.output.hasPrefix("11 kanāli, to skaidrojums un piemēri"))
        #expect(shell.console.output.contains("e-latvija — E-pakalpojums Latvija.lv (e-pakalpojuma kanāls)\n  E-pakalpojumu var pieprasīt"))
    }

    @Test func helpForAnUnknownTopicFails() {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute("help nonsense"))
        #expect(shell.console.errors == "error: no help for 'nonsense' (help lists the commands; help channels the channels)\n")
        #expect(shell.interpreter.exitStatus == .failure)
    }
}
