import Foundation
import PKTestSupport
import Testing

/// A `--db` that names no database: only `init` makes one, so a mistyped path leaves nothing behind and the
/// message names what is missing.
@Suite struct MissingDatabaseTests {
    @Test func sqliteLoginToAMissingFolderNamesTheFolderAndMakesNothing() throws {
        let scratch = try ScratchDatabase(.sqlite)
        defer { scratch.remove() }
        let folder = scratch.folder.appendingPathComponent("no-such-folder")
        let result = scratch.execute(["--db", folder.appendingPathComponent("x.sqlite").path, "--user", "abc", "-c", "whoami"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the folder \(folder.path) does not exist"), "\(result.stderr)")
        #expect(!result.stderr.contains("administrator"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func sqliteLoginToAMissingFileSaysSoAndMakesNoFile() throws {
        let scratch = try ScratchDatabase(.sqlite)
        defer { scratch.remove() }
        let file = scratch.folder.appendingPathComponent("new.sqlite").path
        let result = scratch.execute(["--db", file, "-c", "login ieva"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("there is no database \(file): create it with pks init"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func sqliteInitWithoutAPasswordLeavesNoFile() throws {
        let scratch = try ScratchDatabase(.sqlite)
        defer { scratch.remove() }
        let file = scratch.folder.appendingPathComponent("new.sqlite").path
        let result = scratch.execute(["--db", file, "init", "--admin", "anna", "--name", "Anna Bērziņa"],
                                     environment: ["PKS_PASSWORD": ""])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("PKS_PASSWORD"))
        #expect(!FileManager.default.fileExists(atPath: file))
        let made = scratch.execute(["--db", file, "init", "--admin", "anna", "--name", "Anna Bērziņa", "--password-cost", "1"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: file))
    }
}
