import Foundation
import PKTestSupport
import Testing

/// A script that holds one transaction (here: one waiting for its next line) must not lock others out of
/// reading or logging in; a writer that has to wait is told who holds the database.
@Suite struct LockTests {
    /// pks running a script from a pipe in one transaction, which it holds until the pipe is closed.
    final class HoldingScript {
        let process = Process()
        let input = Pipe(), output = Pipe(), errors = Pipe()

        init(_ database: ScratchDatabase, lines: [String]) throws {
            process.executableURL = URL(fileURLWithPath: TranscriptRunner.binary)
            process.arguments = ["--single-transaction"]
            var environment = database.environment
            environment["PKS_NOW"] = "2020-03-02T10:15:00"
            process.environment = environment
            process.currentDirectoryURL = database.folder
            (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
            try process.run()
            input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }

        /// Waits until the script has printed `text` (its last line's answer).
        func wait(for text: String) -> String {
            var seen = Data()
            while !String(decoding: seen, as: UTF8.self).contains(text) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += chunk
            }
            return String(decoding: seen, as: UTF8.self)
        }

        func finish() -> Int32 {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// ieva's script, holding its transaction after saving a new 2019 draft of 015A.
    private func holdingSavedDraft(_ database: ScratchDatabase) throws -> HoldingScript {
        let holder = try HoldingScript(database, lines: ["login ieva", "year 2019", "add 015A", "set klatiene 5 5",
                                                         "set e-latvija 3 2", "compute", "save"])
        #expect(holder.wait(for: "saved the 2019 draft of 015A").contains("saved"))
        return holder
    }

    private func timed(_ body: () -> TranscriptRunner.Result_) -> (TranscriptRunner.Result_, TimeInterval) {
        let started = Date()
        let result = body()
        return (result, Date().timeIntervalSince(started))
    }

    @Test(arguments: TestBackend.available)
    func aScriptHoldingItsTransactionLetsOthersReadAndLogIn(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let holder = try holdingSavedDraft(database)
        let (reading, readTime) = timed { database.run(["login peteris", "year 2019", "stats", "services"]) }
        #expect(reading.status == 0, "\(reading.stderr)")
        #expect(readTime < 3, "reading waited \(readTime) s")
        let (wrong, wrongTime) = timed { database.run(["login janis"], environment: ["PKS_PASSWORD": "nepareizi"]) }
        #expect(wrong.status == 3)
        #expect(wrongTime < 3, "a failed login waited \(wrongTime) s")
        let (writing, writeTime) = timed {
            database.run(["login janis", "year 2019", "add 101A", "set klatiene 1 1", "set e-latvija 1 1", "compute", "save"])
        }
        switch backend {
        case .postgres:
            // Rows are locked one by one: another institution's record is saved at once.
            #expect(writing.status == 0, "\(writing.stderr)")
            #expect(writeTime < 3, "saving waited \(writeTime) s")
        case .sqlite:
            // One writer at a time: the save waits as long as a write may, then says who holds the file.
            #expect(writing.status == 1)
            #expect(writeTime >= 9 && writeTime < 20, "saving waited \(writeTime) s")
            #expect(writing.stderr.contains("(process \(holder.process.processIdentifier)), since 2020-03-02 10:15:00; waited 10 s"))
            #expect(writing.stderr.contains("the database is held by") && writing.stderr.contains("pks reading a script on stdin, started by "),
                    "\(writing.stderr)")
        }
        #expect(holder.finish() == 0)
        #expect(database.run(["login ieva", "year 2019", "stats"]).stdout.contains("015A"), "the holder's work was kept")
    }

    @Test(arguments: TestBackend.available)
    func aSaveOfWhatAScriptHoldsWaitsThenNamesTheScript(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let holder = try holdingSavedDraft(database)
        // Another institution's script, whose rows are not in the way (on SQLite it never starts: the file is held).
        let elsewhere = backend == .postgres ? try HoldingScript(database, lines: [
            "login janis", "year 2019", "add 101A", "set klatiene 1 1", "set e-latvija 1 1", "compute", "save"]) : nil
        if let elsewhere { #expect(elsewhere.wait(for: "saved the 2019 draft of 101A").contains("saved")) }
        let (saving, saveTime) = timed {
            database.run(["login peteris", "year 2019", "add 015A", "set klatiene 1 1", "set e-latvija 1 1", "compute", "save"])
        }
        #expect(saving.status == 1)
        #expect(saveTime >= 9 && saveTime < 20, "saving waited \(saveTime) s")
        #expect(saving.stderr.contains("waited 10 s: try again when it has finished"), "\(saving.stderr)")
        switch backend {
        case .postgres:
            // The rows' holder is named by what it runs and who runs it; another institution's script is not named.
            #expect(saving.stderr.contains("held by another session's script, pks reading a script on stdin (ieva);"), "\(saving.stderr)")
            #expect(!saving.stderr.contains("janis"))
            #expect(elsewhere?.finish() == 0)
        case .sqlite:
            #expect(saving.stderr.contains("the database is held by pks reading a script on stdin"), "\(saving.stderr)")
        }
        #expect(holder.finish() == 0)
    }

    /// SQLite only: on PostgreSQL the server authenticates (its own auth_delay slows guessing down).
    @Test func sqliteFailedLoginsWhileAScriptHoldsTheDatabaseStillCount() throws {
        let database = try ScratchDatabase(.sqlite)
        defer { database.remove() }
        let spill = database.location + "-failed-logins"
        let holder = try holdingSavedDraft(database)
        let wrong = ["PKS_PASSWORD": "nepareizi"]
        let attempts = (1...6).map { _ in database.run(["login janis"], environment: wrong) }
        #expect(attempts.prefix(5).allSatisfy { $0.stderr.contains("login failed") }, "\(attempts.map(\.stderr))")
        #expect(attempts[5].stderr.contains("too many failed attempts for janis"), "\(attempts[5].stderr)")
        #expect(FileManager.default.fileExists(atPath: spill))
        #expect(holder.finish() == 0)
        // The next failure that reaches the database moves the spilled ones in with it.
        #expect(database.run(["login peteris"], environment: wrong).status == 3)
        #expect(!FileManager.default.fileExists(atPath: spill))
        #expect(database.run(["login janis"], environment: wrong).stderr.contains("too many failed attempts for janis"))
    }
}
