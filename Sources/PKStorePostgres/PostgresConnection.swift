import CLibPQ
#if canImport(Glibc)
import Glibc
#endif
import PKStore

/// One libpq connection: queries with text parameters through statements it prepares once, results read
/// by `PostgresRow`. Used by one thread at a time, the interpreter's.
final class PostgresConnection {
    private let handle: OpaquePointer
    /// The names of the statements prepared on this connection, by their SQL.
    private var prepared: [String: String] = [:]

    /// Why a connection could not be made.
    enum Failure: Error {
        /// The server asks for a password and none was given (nor found in ~/.pgpass).
        case needsPassword
        /// The password was wrong, the role unknown, or the role's password has expired.
        case authentication
        /// The password was right but the role may not log in (closed rights).
        case notPermitted
        /// Anything else, in libpq's words: no server, no such database, TLS refused, ….
        case other(String)
    }

    /// Connects with libpq keywords and values; a `dbname` value that is a URI is expanded, and what
    /// follows it overrides the URI (as psql's options do).
    init(_ parameters: [(String, String)]) throws(Failure) {
        let keywords = parameters.map { strdup($0.0) } + [nil]
        let values = parameters.map { strdup($0.1) } + [nil]
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let connection = keywords.map { UnsafePointer($0) }.withUnsafeBufferPointer { keys in
            values.map { UnsafePointer($0) }.withUnsafeBufferPointer { vals in
                PQconnectdbParams(keys.baseAddress, vals.baseAddress, 1)
            }
        }
        guard let connection else { throw .other("out of memory") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(connection)).trimmingTrailingBlanks
            let needsPassword = PQconnectionNeedsPassword(connection) == 1
            PQfinish(connection)
            if needsPassword { throw .needsPassword }
            if message.contains("password authentication failed") || message.contains("SASL authentication failed") {
                throw .authentication
            }
            if message.contains("is not permitted to log in") { throw .notPermitted }
            throw .other(message)
        }
        handle = connection
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// The role this connection acts as.
    var user: String { String(cString: PQuser(handle)) }

    /// Runs SQL without parameters: one statement or several separated by semicolons.
    func execute(_ sql: String) throws {
        _ = try check(PQexec(handle, sql), sql)
    }

    /// Runs one statement with `$1 …` parameters (text; nil is NULL) through a statement prepared once.
    @discardableResult
    func query(_ sql: String, _ parameters: [String?] = []) throws -> PostgresResult {
        let name = try statement(for: sql, parameterCount: parameters.count)
        let values = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { values.forEach { free($0) } }
        let result = values.map { UnsafePointer($0) }.withUnsafeBufferPointer { pointers in
            PQexecPrepared(handle, name, Int32(parameters.count), pointers.baseAddress, nil, nil, 0)
        }
        return try check(result, sql)
    }

    /// The projection's values read from every row of a query.
    func fetchAll<T>(_ projection: Projection<T>, _ rest: String, _ parameters: [String?] = []) throws -> [T] {
        try query("SELECT \(projection.list) \(rest)", parameters).rows { projection.read(&$0) }
    }

    func fetchOne<T>(_ projection: Projection<T>, _ rest: String, _ parameters: [String?] = []) throws -> T? {
        try fetchAll(projection, rest, parameters).first
    }

    /// A password verifier for `user` (`SCRAM-SHA-256$…`), computed here, so the server never sees the password.
    func verifier(for password: String, user: String) throws -> String {
        guard let encrypted = PQencryptPasswordConn(handle, password, user, "scram-sha-256") else {
            throw PostgresError(message: String(cString: PQerrorMessage(handle)).trimmingTrailingBlanks)
        }
        defer { PQfreemem(encrypted) }
        return String(cString: encrypted)
    }

    private func statement(for sql: String, parameterCount: Int) throws -> String {
        if let name = prepared[sql] { return name }
        let name = "pks\(prepared.count)"
        _ = try check(PQprepare(handle, name, sql, Int32(parameterCount), nil), sql)
        prepared[sql] = name
        return name
    }

    /// The result, or the server's error as a `PostgresError`.
    private func check(_ result: OpaquePointer?, _ sql: String) throws -> PostgresResult {
        guard let result else { throw PostgresError(message: String(cString: PQerrorMessage(handle)).trimmingTrailingBlanks) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PostgresResult(result)
        default:
            defer { PQclear(result) }
            func field(_ code: Character) -> String? {
                PQresultErrorField(result, Int32(code.asciiValue!)).map { String(cString: $0) }
            }
            throw PostgresError(sqlState: field("C"), message: field("M") ?? String(cString: PQerrorMessage(handle)),
                                constraint: field("n"))
        }
    }
}

/// A query's result; freed with it.
final class PostgresResult {
    private let handle: OpaquePointer

    init(_ handle: OpaquePointer) { self.handle = handle }

    deinit { PQclear(handle) }

    var count: Int { Int(PQntuples(handle)) }

    /// How many rows an INSERT, UPDATE or DELETE changed.
    var changes: Int { Int(String(cString: PQcmdTuples(handle))) ?? 0 }

    /// The values made by `make` from each row, in order.
    func rows<T>(_ make: (inout any RowReader) -> T) -> [T] {
        (0..<Int32(count)).map { row in
            var reader: any RowReader = PostgresRow(result: handle, row: row)
            return make(&reader)
        }
    }

    /// The first column of the first row as text, nil when there is no row or it is NULL.
    var text: String? { rows { $0.nextText() }.first ?? nil }

    /// The first column of the first row as an integer.
    var integer: Int64? { rows { $0.nextInteger() }.first ?? nil }
}

/// One row of a result in text format, read column after column.
struct PostgresRow: RowReader {
    let result: OpaquePointer
    let row: Int32
    private var column: Int32 = 0

    init(result: OpaquePointer, row: Int32) {
        self.result = result
        self.row = row
    }

    mutating func nextText() -> String? {
        defer { column += 1 }
        guard PQgetisnull(result, row, column) == 0 else { return nil }
        return String(cString: PQgetvalue(result, row, column))
    }

    mutating func nextInteger() -> Int64? {
        guard let text = nextText() else { return nil }
        return Int64(text) ?? (text == "t" ? 1 : 0)
    }
}

/// An error the server (or libpq) reported for a statement.
struct PostgresError: Error, CustomStringConvertible {
    var sqlState: String?
    var message: String
    var constraint: String?

    static let uniqueViolation = "23505"

    var description: String { message }
}

extension String {
    var trimmingTrailingBlanks: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
