/// Why an export file was not written; in every case nothing is left under the file's name.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    case exists(String)
    case isFolder(String)
    case unwritable(String, String)
    /// The xlsx container could not be assembled.
    case container(String)

    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; add --force to replace it"
        case .isFolder(let path): "\(path) is a folder; give a file name, e.g. \(path.hasSuffix("/") ? path : path + "/")2019.xlsx"
        case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
        case .container(let reason): "cannot assemble the xlsx file: \(reason)"
        }
    }
}
