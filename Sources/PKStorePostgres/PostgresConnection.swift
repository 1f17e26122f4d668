import CLibPQ
#if canImport(Glibc)
import Glibc
#endif
import PKStore

/// One libpq connection: queries with text parameters through statements it prepares once, results read
/// by `PostgresRow`. Used by one thread at a time, the interpreter's.
final class PostgresConnection {
    private let pq: LibPQ
    private let handle: OpaquePointer
    /// The names of the statements prepared on this connection, by their SQL.
    private var prepared: [String: String] = [:]

    /// Why a connection could not be made.
    enum Failure: Error {
        /// The server asks for a password and none was given (nor found in ~/.pgpass).
        case needsPassword
        /// The password was wrong, the role unknown or not of this catalogue, or its password has expired.
        case authentication
        /// The password was right but the role may not log in (closed rights).
        case notPermitted
        /// Anything else, in libpq's words: no server, no such database, TLS refused, ….
        case other(String)
    }

    /// Connects with libpq keywords and values; a `dbname` value that is a URI is expanded, and what
    /// follows it overrides the URI (as psql's options do).
    init(_ parameters: [(String, String)]) throws(Failure) {
        let pq: LibPQ
        switch LibPQ.loaded {
        case .success(let library): pq = library
        case .failure(let error): throw .other(error.reason)
        }
        self.pq = pq
        let keywords = parameters.map { strdup($0.0) } + [nil]
        let values = parameters.map { strdup($0.1) } + [nil]
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let connection = keywords.map { UnsafePointer($0) }.withUnsafeBufferPointer { keys in
            values.map { UnsafePointer($0) }.withUnsafeBufferPointer { vals in
                pq.connectdbParams(keys.baseAddress, vals.baseAddress, 1)
            }
        }
        guard let connection else { throw .other("out of memory") }
        guard pq.status(connection) == CONNECTION_OK else {
            let message = pq.errorMessage(connection).message
            let needsPassword = pq.connectionNeedsPassword(connection) == 1
            pq.finish(connection)
            if needsPassword { throw .needsPassword }
            // A login of the server that is no user of this catalogue may not connect to its database: told
            // as a failed login too, so that nobody learns which roles exist.
            if ["password authentication failed", "SASL authentication failed", "permission denied for database"]
                .contains(where: message.contains) {
                throw .authentication
            }
            if message.contains("is not permitted to log in") { throw .notPermitted }
            throw .other(message)
        }
        handle = connection
        _ = pq.setNoticeProcessor(handle, { _, _ in }, nil)  // notices stay off stderr; the processor replaced is not needed
    }

    deinit { pq.finish(handle) }

    /// The role this connection acts as.
    var user: String { pq.user(handle).text }

    /// Runs SQL without parameters: one statement or several separated by semicolons.
    func execute(_ sql: String) throws {
        _ = try check(pq.exec(handle, sql), sql)
    }

    /// Runs one statement with `$1 …` parameters (text; nil is NULL) through a statement prepared once.
    @discardableResult
    func query(_ sql: String, _ parameters: [String?] = []) throws -> PostgresResult {
        let name = try statement(for: sql, parameterCount: parameters.count)
        let result = withParameters(parameters) { pq.execPrepared(handle, name, $0, $1, nil, nil, 0) }
        return try check(result, sql)
    }

    /// Runs one statement for each list of parameters, in libpq's pipeline mode one query ahead, so that the
    /// server runs the next while `each` reads a result: the export of every institution's years, 2,000 queries
    /// at national size, no longer waits a round trip and the client's work for each. Results come in order;
    /// an error of the server or of `each` ends the run once the query in flight is drained, and is thrown.
    func pipelined(_ sql: String, _ parameterLists: [[String?]], _ each: (PostgresResult) throws -> Void) throws {
        guard let first = parameterLists.first else { return }
        let name = try statement(for: sql, parameterCount: first.count)
        guard pq.enterPipelineMode(handle) == 1 else { throw PostgresError(message: lastError) }
        var sent = 0
        func send() throws {
            let queued = withParameters(parameterLists[sent]) { pq.sendQueryPrepared(handle, name, $0, $1, nil, nil, 0) }
            guard queued == 1, pq.pipelineSync(handle) == 1 else { throw PostgresError(message: lastError) }
            sent += 1
        }
        var received = 0
        var failure: (any Error)?
        do {
            try send()
            while received < parameterLists.count {
                if sent < parameterLists.count { try send() }
                let result = try pipelineResult(sql)
                received += 1
                try each(result)
            }
        } catch {
            failure = error
        }
        while received < sent {
            _ = try? pipelineResult(sql)
            received += 1
        }
        guard pq.exitPipelineMode(handle) == 1 else { throw failure ?? PostgresError(message: lastError) }
        if let failure { throw failure }
    }

    /// The next query's result in pipeline mode, read up to its synchronisation point.
    private func pipelineResult(_ sql: String) throws -> PostgresResult {
        var result: Result<PostgresResult, any Error>?
        var emptyReads = 0
        while true {
            guard let next = pq.getResult(handle) else {
                emptyReads += 1  // the end of a query's results; twice in a row: the connection is gone
                if emptyReads > 1 { throw PostgresError(message: lastError) }
                continue
            }
            emptyReads = 0
            if pq.resultStatus(next) == PGRES_PIPELINE_SYNC {
                pq.clear(next)
                guard let result else { throw PostgresError(message: lastError) }
                return try result.get()
            }
            if result == nil { result = Result(catching: { try check(next, sql) }) } else { pq.clear(next) }
        }
    }

    private var lastError: String { pq.errorMessage(handle).message }

    /// The parameters as C strings (nil is NULL), for as long as `body` runs.
    private func withParameters<T>(_ parameters: [String?], _ body: (Int32, UnsafePointer<LibPQ.Text>?) -> T) -> T {
        let values = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { values.forEach { free($0) } }
        return values.map { UnsafePointer($0) }.withUnsafeBufferPointer { body(Int32(parameters.count), $0.baseAddress) }
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
        guard let encrypted = pq.encryptPasswordConn(handle, password, user, "scram-sha-256") else {
            throw PostgresError(message: lastError)
        }
        defer { pq.freemem(encrypted) }
        return String(cString: encrypted)
    }

    private func statement(for sql: String, parameterCount: Int) throws -> String {
        if let name = prepared[sql] { return name }
        let name = "pks\(prepared.count)"
        _ = try check(pq.prepare(handle, name, sql, Int32(parameterCount), nil), sql)
        prepared[sql] = name
        return name
    }

    /// The result, or the server's error as a `PostgresError`.
    private func check(_ result: OpaquePointer?, _ sql: String) throws -> PostgresResult {
        guard let result else { throw PostgresError(message: lastError) }
        switch pq.resultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PostgresResult(result, pq)
        default:
            defer { pq.clear(result) }
            func field(_ code: Character) -> String? {
                pq.resultErrorField(result, Int32(code.asciiValue!)).map { String(cString: $0) }
            }
            throw PostgresError(sqlState: field("C"), message: field("M") ?? pq.errorMessage(handle).message,
                                constraint: field("n"))
        }
    }
}

/// A query's result; freed with it.
final class PostgresResult {
    private let handle: OpaquePointer
    private let pq: LibPQ

    init(_ handle: OpaquePointer, _ pq: LibPQ) {
        self.handle = handle
        self.pq = pq
    }

    deinit { pq.clear(handle) }

    var count: Int { Int(pq.ntuples(handle)) }

    /// How many rows an INSERT, UPDATE or DELETE changed.
    var changes: Int { Int(pq.cmdTuples(handle).text) ?? 0 }

    /// The values made by `make` from each row, in order.
    func rows<T>(_ make: (inout any RowReader) -> T) -> [T] {
        (0..<Int32(count)).map { row in
            var reader: any RowReader = PostgresRow(result: handle, row: row, pq: pq)
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
    let pq: LibPQ
    private var column: Int32 = 0

    init(result: OpaquePointer, row: Int32, pq: LibPQ) {
        self.result = result
        self.row = row
        self.pq = pq
    }

    mutating func nextUTF8() -> UnsafeBufferPointer<UInt8>? {
        defer { column += 1 }
        guard pq.getisnull(result, row, column) == 0, let value = pq.getvalue(result, row, column) else { return nil }
        return UnsafeBufferPointer(start: UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self), count: strlen(value))
    }

    /// Digits are read from libpq's text itself: a String made for every number was most of the client's
    /// work in an export (three of a channel row's four columns are numbers). Booleans read 1 (`t`) or 0.
    mutating func nextInteger() -> Int64? {
        guard let text = nextUTF8() else { return nil }
        let negative = text.first == UInt8(ascii: "-")
        let digits = negative ? UnsafeBufferPointer(rebasing: text.dropFirst()) : text
        guard !digits.isEmpty, digits.count < 19, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            let value = String(decoding: text, as: UTF8.self)
            return Int64(value) ?? (value == "t" ? 1 : 0)
        }
        let number = digits.reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
        return negative ? -number : number
    }
}

/// An error the server (or libpq) reported for a statement.
struct PostgresError: Error, CustomStringConvertible {
    var sqlState: String?
    var message: String
    var constraint: String?

    static let uniqueViolation = "23505"
    /// A lock waited for longer than `lock_timeout`.
    static let lockNotAvailable = "55P03"

    var description: String { message }
}

extension String {
    var trimmingTrailingBlanks: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
