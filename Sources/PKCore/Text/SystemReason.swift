#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the system refused a file operation, from its error number: the common reasons in the user's
/// language, any other in the system's own words.
public struct SystemReason: Error, Sendable, Equatable, TextArgument {
    public let code: Int32

    public init(_ code: Int32) { self.code = code }

    public var textValue: TextValue {
        let key: CoreText? = switch code {
        case ENOENT: .reasonNoSuchFile
        case EACCES, EPERM: .reasonPermissionDenied
        case EISDIR: .reasonIsFolder
        case ENOSPC: .reasonDiskFull
        case EROFS: .reasonReadOnly
        default: nil
        }
        return key.map { .message(Message($0)) } ?? .text(String(cString: strerror(code)).lowercased())
    }
}
