import Foundation
import PKTestSupport
import Testing

/// One transcript: a `.pks` script, its directives, and the `.expected` file beside it.
///
/// Directives are comment lines at the top of the script:
/// `# args: ...` (the pks arguments, default `run NAME.pks`), `# env: KEY=VALUE`,
/// `# stdin: FILE` (fed to pks), `# file: NAME` (a file the run writes, appended to the output).
struct Transcript: CustomTestStringConvertible, Sendable {
    let name: String
    let script: URL
    var arguments: [String]
    var environment: [String: String] = [:]
    var stdin: String?
    var files: [String] = []

    var testDescription: String { name }
    var expectedURL: URL { script.deletingPathExtension().appendingPathExtension("expected") }

    init(script: URL) throws {
        self.script = script
        name = script.deletingPathExtension().lastPathComponent
        arguments = ["run", script.lastPathComponent]
        for line in String(decoding: try Data(contentsOf: script), as: UTF8.self).split(separator: "\n") {
            guard line.hasPrefix("# ") else { break }
            let body = line.dropFirst(2)
            guard let colon = body.firstIndex(of: ":") else { continue }
            let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch body[..<colon] {
            case "args": arguments = Self.split(value)
            case "env":
                let pair = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                environment[String(pair[0])] = pair.count > 1 ? String(pair[1]) : ""
            case "stdin": stdin = value
            case "file": files.append(value)
            default: continue
            }
        }
    }

    /// Whether the transcript is for a backend: every one, unless its name says `sqlite_` or `postgres_`.
    func runs(on backend: TestBackend) -> Bool {
        let prefix = name.split(separator: "_").first.map(String.init) ?? ""
        guard let only = TestBackend(rawValue: prefix) else { return true }
        return only == backend
    }

    /// Splits directive arguments on blanks, keeping 'single quoted' phrases whole.
    static func split(_ text: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for character in text {
            if character == "'" { quoted.toggle(); started = true }
            else if character == " " && !quoted { if started { words.append(current) }; current = ""; started = false }
            else { current.append(character); started = true }
        }
        if started { words.append(current) }
        return words
    }

    /// Every transcript in `Tests/Transcripts`, sorted by name.
    static func all() throws -> [Transcript] {
        try FileManager.default.contentsOfDirectory(at: TranscriptRunner.folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "pks" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map(Transcript.init(script:))
    }
}
