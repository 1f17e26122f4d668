import PKCore

/// The names of the exporters' messages (`ExportError`); texts in each language's catalogue.
public enum ExportText: String, MessageKey, CaseIterable {
    case exportFileExists
    case exportPathIsFolder
    case exportFolderMissing
    case exportNotAFolder
    case exportCannotCreate
    case exportUnwritable
    case exportInterrupted
    case xlsxContainerFailed
    case xlsxTooManyRows
}
