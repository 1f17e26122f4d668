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

    @Test func helpShowsEachGroupHeading() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("help"))
        for group in CommandGroup.allCases { #expect(shell.console.output.contains(group.rawValue + "\n")) }
    }

    @Test func helpNeedsNeitherLoginNorADatabase() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("help"))
        #expect(shell.interpreter.execute("help set"))
        #expect(shell.console.errors.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: shell.databasePath))
    }

    @Test(arguments: CommandTable.standard.commands.map(\.name))
    func helpForEachCommandStartsWithItsUsageOrSubcommands(name: String) throws {
        let shell = ShellHarness()
        let spec = try #require(CommandTable.standard.commands.first { $0.name == name })
        #expect(shell.interpreter.execute("help \(name)"))
        #expect(shell.console.errors.isEmpty)
        if spec.subcommands.isEmpty {
            #expect(shell.console.output.hasPrefix("usage: \(name)"))
            #expect(shell.console.output.contains(spec.summary))
        } else {
            #expect(shell.console.output.hasPrefix("\(name): \(spec.summary)\n"))
            for sub in spec.subcommands { #expect(shell.console.output.contains("  \(name) \(sub.name)")) }
        }
    }

    @Test func helpForACommandShowsItsOptions() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("help show"))
        #expect(shell.console.output.hasPrefix("usage: show [SERVICE] [--json]\n"))
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

    @Test func helpForOneChannelAcceptsAPrefixOrName() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("help vpvk"))
        #expect(shell.console.output.hasPrefix("vpvkac — VPVKAC\n"))
        shell.console.clear()
        #expect(shell.interpreter.execute(#"help "Klātiene iestādē""#))
        #expect(shell.console.output.hasPrefix("klatiene — Klātiene iestādē\n"))
    }

    @Test func helpForAnUnknownTopicFails() {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute("help nonsense"))
        #expect(shell.console.errors == "error: no help for 'nonsense' (help lists the commands; help channels the channels)\n")
        #expect(shell.interpreter.exitStatus == .failure)
    }
}
