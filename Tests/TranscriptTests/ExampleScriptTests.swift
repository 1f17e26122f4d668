import Foundation
import PKTestSupport
import Testing

/// The example scripts in Scripts/examples run on the fixture database, and the README's session is
/// exactly what `--echo` prints for the worked example.
@Suite struct ExampleScriptTests {
    static let root = TranscriptRunner.folder.deletingLastPathComponent().deletingLastPathComponent()

    private func run(_ arguments: [String], on backend: TestBackend) throws -> TranscriptRunner.Result_ {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        return database.execute(arguments, in: Self.root)
    }

    @Test(arguments: TestBackend.available)
    func workedExampleGivesTheGuidesIndicators(_ backend: TestBackend) throws {
        let result = try run(["--user", "ieva", "run", "Scripts/examples/worked-example.pks"], on: backend)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("94.41%") && result.stdout.contains("53.10%"))
        let latvian = try run(["--lang", "lv", "--user", "ieva", "run", "Scripts/examples/worked-example.pks"], on: backend)
        #expect(latvian.status == 0, "\(latvian.stderr)")
        #expect(latvian.stdout.contains("94,41 %") && latvian.stdout.contains("53,10 %"))
    }

    /// Both walk-throughs follow the guide's workflow to its end: a correction of the saved draft (step 7,
    /// Labot), then submitting and downloading (step 8, Lejupielādēt); each writes its file in its own folder.
    @Test(arguments: TestBackend.available)
    func teachingWalkThroughsCorrectSubmitAndDownload(_ backend: TestBackend) throws {
        for (language, script, corrected, submitted, downloaded) in [
            ("en", "teaching.pks", "opened the 2019 draft of 015A", "015A  Iesniegums Carnikavai  submitted",
             "wrote 1 record of 2019 to statistika-2019.xlsx"),
            ("lv", "macibas.pks", "atvērts 015A Iesniegums Carnikavai 2019. gada melnraksts", "015A  Iesniegums Carnikavai  iesniegts",
             "saglabāts statistika-2019.xlsx: 1 ieraksts par 2019. gadu"),
        ] {
            let database = try ScratchDatabase(backend)
            defer { database.remove() }
            let path = Self.root.appendingPathComponent("Scripts/examples/" + script).path
            let result = database.execute(["--lang", language, "--user", "ieva", "run", path])
            #expect(result.status == 0, "\(result.stderr)")
            for step in [corrected, "complaints: 3", submitted, downloaded] where language == "en" || step != "complaints: 3" {
                #expect(result.stdout.contains(step), "\(script) lacks \(step)")
            }
            #expect(FileManager.default.fileExists(atPath: database.folder.appendingPathComponent("statistika-2019.xlsx").path))
        }
    }

    @Test(arguments: TestBackend.available)
    func yearlyReplayTakesTheYearFromTheCommandLine(_ backend: TestBackend) throws {
        let result = try run(["--user", "ieva", "--var", "year=2019", "run", "Scripts/examples/yearly-replay.pks"], on: backend)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("016B Būvatļauja — 2019"))
        let missing = try run(["--user", "ieva", "run", "Scripts/examples/yearly-replay.pks"], on: backend)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("yearly-replay.pks:6: error: undefined variable $year"))
    }

    @Test(arguments: TestBackend.available, ["pks --user ieva --echo run Scripts/examples/worked-example.pks",
                                         "pks --lang lv --user ieva --echo run Scripts/examples/worked-example.pks",
                                         "pks --user ieva --echo run Scripts/examples/service-card.pks"])
    func readmeSessionIsWhatEchoPrints(_ backend: TestBackend, command: String) throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = try #require(readme.range(of: "<!-- output of: \(command) -->\n```text\n"))
        let end = try #require(readme.range(of: "```", range: marker.upperBound..<readme.endIndex))
        let documented = String(readme[marker.upperBound..<end.lowerBound])
        let result = try run(command.split(separator: " ").dropFirst().map(String.init), on: backend)
        #expect(documented == "$ \(command)\n" + result.stdout, "README.md's session is stale: paste the output again")
    }
}
