import Foundation
import Testing

/// Each `Tests/Transcripts/NAME.pks` against its `NAME.expected`.
/// `PKS_UPDATE_TRANSCRIPTS=1` rewrites the expected files instead (review the diff before committing).
@Suite struct TranscriptTests {
    @Test(arguments: try Transcript.all())
    func transcriptMatches(_ transcript: Transcript) throws {
        let actual = try TranscriptRunner.run(transcript)
        if ProcessInfo.processInfo.environment["PKS_UPDATE_TRANSCRIPTS"] == "1" {
            try actual.write(to: transcript.expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: transcript.expectedURL, encoding: .utf8)
        #expect(actual == expected, "\(transcript.name): actual output differs from \(transcript.name).expected")
    }
}
