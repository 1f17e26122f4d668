import PKCore

/// Why an export file was not written; in every case nothing is left under the file's name.
public enum ExportError: Error, Equatable, Localized {
    case exists(String)
    case isFolder(String)
    case missingFolder(String, folder: String)
    case notAFolder(String, folder: String)
    case cannotCreate(String, folder: String, reason: SystemReason)
    /// The system refused a write.
    case unwritable(String, SystemReason)
    /// Ctrl-C while the records were being written.
    case interrupted(String)
    /// The xlsx container could not be assembled.
    case container(String)
    /// More rows than an xlsx worksheet holds (`limit`, the header's among them).
    case tooManyRows(limit: Int)

    public var message: Message {
        switch self {
        case .exists(let path): Message(ExportText.exportFileExists, ["path": path])
        case .isFolder(let path): Message(ExportText.exportPathIsFolder, ["path": path, "folder": path.hasSuffix("/") ? path : path + "/"])
        case .missingFolder(let path, let folder): Message(ExportText.exportFolderMissing, ["path": path, "folder": folder])
        case .notAFolder(let path, let folder): Message(ExportText.exportNotAFolder, ["path": path, "folder": folder])
        case .cannotCreate(let path, let folder, let reason):
            Message(ExportText.exportCannotCreate, ["path": path, "folder": folder, "reason": reason])
        case .unwritable(let path, let reason): Message(ExportText.exportUnwritable, ["path": path, "reason": reason])
        case .interrupted(let path): Message(ExportText.exportInterrupted, ["path": path])
        case .container(let reason): Message(ExportText.xlsxContainerFailed, ["reason": reason])
        case .tooManyRows(let limit): Message(ExportText.xlsxTooManyRows, ["limit": limit, "data": limit - 1])
        }
    }
}
