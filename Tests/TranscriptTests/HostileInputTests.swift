import Foundation
import Testing

/// Input that is not a script, or is meant to harm: refused quickly, never echoed to the terminal.
@Suite struct HostileInputTests {
    private func run(_ arguments: [String], files: [String: Data] = [:], stdin: String? = nil) throws -> TranscriptRunner.Result_ {
        let database = try ScratchDatabase()
        defer { database.remove() }
        for (name, content) in files { try content.write(to: database.folder.appendingPathComponent(name)) }
        return database.execute(arguments, stdin: stdin.map { database.folder.appendingPathComponent($0) })
    }

    /// Endless files end: reading stops at the first zero byte (the limit only stops a hang, it times nothing).
    @Test(.timeLimit(.minutes(1)), arguments: [["run", "/dev/zero"], ["--keep-going", "run", "/dev/zero"], ["--keep-going", "run", "/dev/urandom"]])
    func aFileThatIsNotTextEndsAtOnce(_ arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: this is not a text file (it has a zero byte); nothing more of it is read"))
    }

    @Test func nothingAfterAZeroByteIsRunEvenWithKeepGoing() throws {
        let script = "year\n\0\n" + String(repeating: "year\n", count: 1000)
        let result = try run(["--keep-going", "run", "binary.pks"], files: ["binary.pks": Data(script.utf8)])
        #expect(result.status == 1)
        #expect(result.stderr.contains("binary.pks:2: error: this is not a text file"))
        #expect(result.stdout.components(separatedBy: "reporting year").count == 2)  // line 1 alone
    }

    @Test func aFolderAsStdinIsAnErrorNotAnEmptyScript() throws {
        let database = try ScratchDatabase()
        defer { database.remove() }
        let result = database.execute([], stdin: database.folder)
        #expect(result.status == 1)
        #expect(result.stderr == "<stdin>:1: error: cannot read any further: it is a folder\n")
    }

    @Test func aLineOverTheLimitIsRefusedWithItsNumberAndLengthAndTheNextLineRuns() throws {
        let long = String(repeating: "x", count: 100_000)
        let result = try run(["--keep-going", "run", "long.pks"], files: ["long.pks": Data("year\n\(long)\nyear\n".utf8)])
        #expect(result.status == 1)
        #expect(result.stderr.contains("long.pks:2: error: the line is 100000 bytes long; a line may have at most 65536 bytes"))
        #expect(result.stderr.contains("summary: 3 commands ran, 1 failed"))
        #expect(result.stdout.components(separatedBy: "reporting year").count == 3)
        #expect(!result.stderr.contains("xxxxxxxxxx"))
    }

    @Test func aByteOrderMarkBeforeTheFirstLineIsDropped() throws {
        let result = try run(["run", "windows.pks"], files: ["windows.pks": Data([0xEF, 0xBB, 0xBF] + Array("year\r\n".utf8))])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("reporting year 2019"))
    }

    @Test func invalidUTF8LinesAreCountedAsRunAndFailed() throws {
        let result = try run(["--keep-going", "run", "bad.pks"], files: ["bad.pks": Data([0x79, 0x65, 0x61, 0xFF, 0x0A] + Array("year\n".utf8))])
        #expect(result.stderr.contains("summary: 2 commands ran, 1 failed"))
    }

    @Test func aFileThatIsNoScriptIsNeverEchoed() throws {
        let secret = "db.vraa.lv:5432:pks:ieva:Slepena-Parole-1"
        let result = try run(["-c", "source pgpass"], files: ["pgpass": Data((secret + "\n").utf8)])
        #expect(result.status == 1)
        #expect(result.stderr == "pgpass:1: error: the line does not start with a command (help lists the commands)\n")
    }

    @Test func controlCharactersInAnErrorAreShownEscaped() throws {
        let result = try run(["run", "escape.pks"], files: ["escape.pks": Data("year \u{1B}]0;pwned\u{07}\u{202E}\n".utf8)])
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{202E}"))
        #expect(result.stderr.contains("'\\x1b]0;pwned\\x07\\u{202e}' is not a reporting year"))
    }
}
