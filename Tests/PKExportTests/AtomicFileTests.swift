import Foundation
import Testing
@testable import PKExport
import PKTestSupport

@Suite struct AtomicFileTests {
    let folder = try! TestFolders.make("atomic").path

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

    @Test func replacesAnEmptyFileWithoutBeingAsked() throws {
        try AtomicFile.write([], to: folder + "/out.csv", replacing: false)
        #expect(!AtomicFile.wouldReplaceData(at: folder + "/out.csv"))
        try AtomicFile.write(Array("new".utf8), to: folder + "/out.csv", replacing: false)
        #expect(contents("out.csv") == "new")
        #expect(AtomicFile.wouldReplaceData(at: folder + "/out.csv"))
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

    struct Interrupted: Error, Equatable {}

    @Test func aFailedWriteLeavesNothingEvenWhenItsFolderWasSwappedMeanwhile() throws {
        let inner = folder + "/out", moved = folder + "/moved"
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
        #expect(throws: Interrupted()) {
            try AtomicFile.write(to: inner + "/out.csv", replacing: false) { sink in
                try sink.append("half")
                try FileManager.default.moveItem(atPath: inner, toPath: moved)
                try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
                throw Interrupted()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: moved).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: inner).isEmpty)
    }

    @Test func aCompletedWriteLandsInTheFolderItStartedIn() throws {
        let inner = folder + "/out", moved = folder + "/moved"
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
        try AtomicFile.write(to: inner + "/out.csv", replacing: false) { sink in
            try sink.append("whole")
            try FileManager.default.moveItem(atPath: inner, toPath: moved)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: moved) == ["out.csv"])
        #expect(contents("moved/out.csv") == "whole")
    }

    @Test func aStreamedFileLargerThanOneBlockIsWrittenWhole() throws {
        let line = Array(repeating: UInt8(ascii: "x"), count: 1000) + [10]
        try AtomicFile.write(to: folder + "/big.tsv", replacing: false) { sink in
            for _ in 0..<1000 { try sink.append(line) }
        }
        #expect(FileManager.default.contents(atPath: folder + "/big.tsv")?.count == 1_001_000)
        #expect(names == ["big.tsv"])
    }

    @Test func aPreparedFileIsHiddenUntilPlacedAndGoneWhenDiscarded() throws {
        let kept = try AtomicFile.prepare(to: folder + "/kept.csv", replacing: false) { try $0.append("kept") }
        let dropped = try AtomicFile.prepare(to: folder + "/dropped.csv", replacing: false) { try $0.append("dropped") }
        #expect(names.count == 2 && names.allSatisfy { $0.hasPrefix(".") && $0.hasSuffix(".tmp") })
        try kept.place()
        dropped.discard()
        #expect(names == ["kept.csv"])
        #expect(contents("kept.csv") == "kept")
    }

    @Test func aPreparedFileIsNotPlacedOverOneThatAppearedMeanwhile() throws {
        let file = try AtomicFile.prepare(to: folder + "/out.csv", replacing: false) { try $0.append("new") }
        try AtomicFile.write(Array("other".utf8), to: folder + "/out.csv", replacing: false)
        #expect(throws: ExportError.exists(folder + "/out.csv")) { try file.place() }
        #expect(contents("out.csv") == "other")
        #expect(names == ["out.csv"])
    }

    @Test func aPreparedFileThatIsDroppedLeavesNothing() throws {
        _ = try AtomicFile.prepare(to: folder + "/out.csv", replacing: false) { try $0.append("new") }
        #expect(names.isEmpty)
    }
}
