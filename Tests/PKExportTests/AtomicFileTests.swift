import Foundation
import Testing
@testable import PKExport

@Suite struct AtomicFileTests {
    let folder: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pks-atomic-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: folder + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every name in the folder, hidden ones included.
    var names: [String] { (try? FileManager.default.contentsOfDirectory(atPath: folder).sorted()) ?? [] }

    @Test func writesTheFileAndLeavesNothingElse() throws {
        try AtomicFile.write(Array("new".utf8), to: folder + "/out.csv", replacing: false)
        #expect(contents("out.csv") == "new")
        #expect(names == ["out.csv"])
    }

    @Test func refusesAnExistingFileWithoutReplacing() throws {
        try AtomicFile.write(Array("old".utf8), to: folder + "/out.csv", replacing: false)
        #expect(throws: ExportError.exists(folder + "/out.csv")) {
            try AtomicFile.write(Array("new".utf8), to: folder + "/out.csv", replacing: false)
        }
        #expect(contents("out.csv") == "old")
        #expect(names == ["out.csv"])
    }

    @Test func replacesAnExistingFileWhenAsked() throws {
        try AtomicFile.write(Array("old".utf8), to: folder + "/out.csv", replacing: false)
        try AtomicFile.write(Array("new".utf8), to: folder + "/out.csv", replacing: true)
        #expect(contents("out.csv") == "new")
        #expect(names == ["out.csv"])
    }

    @Test func refusesAFolderAndAMissingFolder() {
        #expect(throws: ExportError.isFolder(folder)) { try AtomicFile.write([], to: folder, replacing: true) }
        #expect(throws: ExportError.missingFolder(folder + "/no/out.csv", folder: folder + "/no")) {
            try AtomicFile.write([], to: folder + "/no/out.csv", replacing: true)
        }
        #expect(names.isEmpty)
    }

    @Test func refusesAPathUnderAFile() throws {
        try AtomicFile.write([], to: folder + "/plain", replacing: false)
        #expect(throws: ExportError.notAFolder(folder + "/plain/out.csv", folder: folder + "/plain")) {
            try AtomicFile.write([], to: folder + "/plain/out.csv", replacing: false)
        }
    }
}
