import CLibPQ
import PKCore
#if canImport(Glibc)
import Glibc
#endif

/// libpq's functions that pks uses, loaded from `libpq.so.5` when the first PostgreSQL URI is used. Linked
/// in, libpq and the 24 libraries it needs (OpenSSL, GnuTLS, Kerberos, LDAP) made every start of pks take
/// 11 ms instead of 4 (hyperfine; LD_DEBUG=statistics: 12,000 more relocations), SQLite users' too.
struct LibPQ: @unchecked Sendable {
    typealias Text = UnsafePointer<CChar>?
    let connectdbParams: @convention(c) (UnsafePointer<Text>?, UnsafePointer<Text>?, Int32) -> OpaquePointer?
    let status: @convention(c) (OpaquePointer?) -> ConnStatusType
    let errorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let connectionNeedsPassword: @convention(c) (OpaquePointer?) -> Int32
    let finish: @convention(c) (OpaquePointer?) -> Void
    let setNoticeProcessor: @convention(c) (OpaquePointer?, PQnoticeProcessor?, UnsafeMutableRawPointer?) -> PQnoticeProcessor?
    let user: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let exec: @convention(c) (OpaquePointer?, Text) -> OpaquePointer?
    let prepare: @convention(c) (OpaquePointer?, Text, Text, Int32, UnsafePointer<Oid>?) -> OpaquePointer?
    let execPrepared: @convention(c) (OpaquePointer?, Text, Int32, UnsafePointer<Text>?, UnsafePointer<Int32>?,
                                      UnsafePointer<Int32>?, Int32) -> OpaquePointer?
    let sendQueryPrepared: @convention(c) (OpaquePointer?, Text, Int32, UnsafePointer<Text>?, UnsafePointer<Int32>?,
                                           UnsafePointer<Int32>?, Int32) -> Int32
    let getResult: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let enterPipelineMode: @convention(c) (OpaquePointer?) -> Int32
    let exitPipelineMode: @convention(c) (OpaquePointer?) -> Int32
    let pipelineSync: @convention(c) (OpaquePointer?) -> Int32
    let resultStatus: @convention(c) (OpaquePointer?) -> ExecStatusType
    let resultErrorField: @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?
    let clear: @convention(c) (OpaquePointer?) -> Void
    let ntuples: @convention(c) (OpaquePointer?) -> Int32
    let cmdTuples: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let getvalue: @convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?
    let getisnull: @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
    let encryptPasswordConn: @convention(c) (OpaquePointer?, Text, Text, Text) -> UnsafeMutablePointer<CChar>?
    let freemem: @convention(c) (UnsafeMutableRawPointer?) -> Void

    /// The library, loaded once; the reason when it cannot be.
    static let loaded: Result<LibPQ, LoadError> = {
        guard let handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "not found"
            return .failure(LoadError(reason: "cannot load libpq, PostgreSQL's client library (install libpq5): \(reason)"))
        }
        func symbol<F>(_ name: String) throws(LoadError) -> F {
            guard let address = dlsym(handle, name) else {
                throw LoadError(reason: "libpq lacks \(name): the libpq of PostgreSQL 14 or later is needed")
            }
            return unsafeBitCast(address, to: F.self)
        }
        do throws(LoadError) {
            return .success(LibPQ(
                connectdbParams: try symbol("PQconnectdbParams"), status: try symbol("PQstatus"),
                errorMessage: try symbol("PQerrorMessage"), connectionNeedsPassword: try symbol("PQconnectionNeedsPassword"),
                finish: try symbol("PQfinish"), setNoticeProcessor: try symbol("PQsetNoticeProcessor"), user: try symbol("PQuser"),
                exec: try symbol("PQexec"), prepare: try symbol("PQprepare"), execPrepared: try symbol("PQexecPrepared"),
                sendQueryPrepared: try symbol("PQsendQueryPrepared"), getResult: try symbol("PQgetResult"),
                enterPipelineMode: try symbol("PQenterPipelineMode"), exitPipelineMode: try symbol("PQexitPipelineMode"),
                pipelineSync: try symbol("PQpipelineSync"),
                resultStatus: try symbol("PQresultStatus"), resultErrorField: try symbol("PQresultErrorField"),
                clear: try symbol("PQclear"), ntuples: try symbol("PQntuples"), cmdTuples: try symbol("PQcmdTuples"),
                getvalue: try symbol("PQgetvalue"), getisnull: try symbol("PQgetisnull"),
                encryptPasswordConn: try symbol("PQencryptPasswordConn"), freemem: try symbol("PQfreemem")))
        } catch {
            return .failure(error)
        }
    }()
}

/// Why libpq could not be loaded.
struct LoadError: Error {
    let reason: String
}

extension Optional where Wrapped == UnsafeMutablePointer<CChar> {
    /// The C string libpq returned, or nothing.
    var text: String { map { String(cString: $0) } ?? "" }

    /// libpq's message on one line: its lines (a hint after a line break and a tab) joined by `; `.
    var message: String {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmingBlanksAndNewlines }.filter { !$0.isEmpty }.joined(separator: "; ")
    }
}
