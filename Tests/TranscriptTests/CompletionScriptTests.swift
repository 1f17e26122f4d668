import Foundation
import Testing

/// The committed Completions/ scripts are what the binary generates now.
@Suite struct CompletionScriptTests {
    static let folder = TranscriptRunner.folder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Completions")

    @Test(arguments: [("bash", "pks.bash"), ("zsh", "_pks"), ("fish", "pks.fish")])
    func committedScriptMatchesBinary(shell: String, file: String) throws {
        let generated = TranscriptRunner.execute(["--generate-completion-script", shell], environment: [:],
                                                 in: Self.folder, stdin: nil)
        #expect(generated.status == 0)
        let committed = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        #expect(generated.stdout == committed, "Completions/\(file) is stale: run Scripts/generate-completions")
    }

    @Test func bashScriptLoadsAndRegistersPks() {
        let script = Self.folder.appendingPathComponent("pks.bash").path
        let result = TranscriptRunner.execute(["-c", "source '\(script)' && complete -p pks"], environment: [:],
                                              in: Self.folder, stdin: nil, executable: "/bin/bash")
        #expect(result.status == 0)
        #expect(result.stdout.contains("pks"))
    }
}
