import Foundation
import PKTestSupport
import Testing

/// Each `Tests/Transcripts/NAME.pks` against its `NAME.expected`.
/// `PKS_UPDATE_TRANSCRIPTS=1` rewrites the expected files instead (review the diff before committing).
@Suite struct TranscriptTests {
    /// Every transcript on every backend it is for: one whose name starts with `sqlite_` or `postgres_`
    /// tells what only that engine does; every other one must read the same on both.
    static func cases() throws -> [(Transcript, TestBackend)] {
        try Transcript.all().flatMap { transcript in TestBackend.available.filter(transcript.runs(on:)).map { (transcript, $0) } }
    }

    @Test(arguments: try cases())
    func transcriptMatches(_ transcript: Transcript, on backend: TestBackend) throws {
        let actual = try TranscriptRunner.run(transcript, on: backend)
        if ProcessInfo.processInfo.environment["PKS_UPDATE_TRANSCRIPTS"] == "1" {
            try actual.write(to: transcript.expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: transcript.expectedURL, encoding: .utf8)
        #expect(actual == expected, "\(transcript.name) on \(backend): actual output differs from \(transcript.name).expected")
    }
}
