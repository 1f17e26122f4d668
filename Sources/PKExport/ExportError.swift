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
    /// The xlsx container could not be assembled.
    case container(String)

    public var message: Message {
        switch self {
        case .exists(let path): Message(.exportFileExists, ["path": path])
        case .isFolder(let path): Message(.exportPathIsFolder, ["path": path, "folder": path.hasSuffix("/") ? path : path + "/"])
        case .missingFolder(let path, let folder): Message(.exportFolderMissing, ["path": path, "folder": folder])
        case .notAFolder(let path, let folder): Message(.exportNotAFolder, ["path": path, "folder": folder])
        case .cannotCreate(let path, let folder, let reason):
            Message(.exportCannotCreate, ["path": path, "folder": folder, "reason": reason])
        case .unwritable(let path, let reason): Message(.exportUnwritable, ["path": path, "reason": reason])
        case .container(let reason): Message(.xlsxContainerFailed, ["reason": reason])
        }
    }
}
