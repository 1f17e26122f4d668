import Foundation
import PKTestSupport

/// Runs the real `pks` binary on a transcript, in a scratch folder holding a copy of the transcripts
/// and of the fixture database, and renders what happened in the `.expected` format.
enum TranscriptRunner {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Transcripts")

    /// `$PKS_BINARY`, else the pks built beside this test binary (whatever the build folder and configuration).
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["PKS_BINARY"], !path.isEmpty { return path }
        let tests = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return tests.deletingLastPathComponent().appendingPathComponent("pks").path
    }()

    /// Every user's password in the tests.
    static let password = "test-parole-2020"

    /// The environment every run starts from: a fixed clock in the 2019 reporting season.
    static let baseEnvironment: [String: String] = [
        "PKS_PASSWORD": password, "PKS_NEW_PASSWORD": password,
        "PKS_NOW": "2020-03-02T10:15:00", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
    ]

    /// How the fixture is made on either backend: `pks init`, then `fixture/setup.pks`.
    static let initArguments = ["init", "--admin", "admin", "--name", "Anna Administratore", "--password-cost", "1"]
    static let setupArguments = ["--quiet", "run", folder.appendingPathComponent("fixture/setup.pks").path]
    /// Rights dates must lie ahead, so the user with expired rights is granted them a year before the tests' day.
    static let expiredArguments = ["--quiet", "run", folder.appendingPathComponent("fixture/expired.pks").path]
    static let expiredEnvironment = ["PKS_NOW": "2019-03-02T10:15:00"]

    /// `pks init` is run with `initArguments` first; then these, each with its changes to the environment.
    static let fixtureSteps: [([String], [String: String])] = [(setupArguments, [:]), (expiredArguments, expiredEnvironment)]

    /// The SQLite fixture database, made once per test run.
    static let fixture: Result<URL, FixtureError> = {
        let scratch: URL
        do {
            scratch = try TestFolders.make("fixture")
        } catch {
            return .failure(FixtureError(output: "\(error)"))
        }
        let database = scratch.appendingPathComponent("fixture.sqlite")
        var environment = baseEnvironment
        environment["PKS_DB"] = database.path
        environment["HOME"] = scratch.path
        for (arguments, changes) in [(initArguments, [:])] + fixtureSteps {
            let result = execute(arguments, environment: environment.merging(changes) { $1 }, in: scratch, stdin: nil)
            guard result.status == 0 else { return .failure(FixtureError(output: result.render())) }
        }
        return .success(database)
    }()

    struct FixtureError: Error, CustomStringConvertible {
        let output: String
        var description: String { "fixture setup failed:\n\(output)" }
    }

    struct Result_: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
        var files: [(String, String)] = []

        func render() -> String {
            var text = "exit: \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
            for (name, content) in files { text += "--- file \(name)\n\(content)" }
            return text
        }
    }

    /// Runs a transcript on a copy of the fixture of one backend.
    static func run(_ transcript: Transcript, on backend: TestBackend) throws -> String {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let scratch = database.folder
        // The transcripts, parts/ (scripts that transcripts run or source) and data/ (files they import).
        for entry in try FileManager.default.contentsOfDirectory(atPath: folder.path) where entry.hasSuffix(".pks") || entry == "parts" || entry == "data" {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(entry), to: scratch.appendingPathComponent(entry))
        }
        var environment = database.environment
        if backend == .sqlite { environment["PKS_DB"] = "pks.sqlite" }  // as a user types it, in messages
        for (key, value) in transcript.environment {
            if value.isEmpty { environment.removeValue(forKey: key) } else { environment[key] = value }
        }
        let input = transcript.stdin.map { scratch.appendingPathComponent($0) }
        var result = execute(transcript.arguments, environment: environment, in: scratch, stdin: input)
        for name in transcript.files {
            let content = (try? String(contentsOf: scratch.appendingPathComponent(name), encoding: .utf8)) ?? "(missing)\n"
            result.files.append((name, content.replacingOccurrences(of: "\r\n", with: "⏎\n")))
        }
        return result.render()
    }

    static func execute(_ arguments: [String], environment: [String: String], in folder: URL, stdin: URL?,
                        executable: String = binary) -> Result_ {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin.flatMap { try? FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        do { try process.run() } catch {
            return Result_(status: -1, stdout: "", stderr: "cannot start \(binary): \(error)\n")
        }
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errorData = Data()
        let reader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1_000) }
        return Result_(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                       stderr: String(decoding: errorData, as: UTF8.self))
    }
}
