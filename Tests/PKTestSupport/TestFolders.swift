import Foundation

/// Folders the tests make for their files: each inside one folder of this test process under the system's
/// temporary folder, which is removed when the process exits, so a test run leaves nothing behind.
public enum TestFolders {
    /// This process's folder, made on first use; its removal is registered with `atexit` at the same time.
    private static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pks-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestFolders.root) }
        return root
    }()

    /// A new empty folder named `NAME-` and a unique suffix.
    public static func make(_ name: String) throws -> URL {
        let folder = root.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
