import PKCore
import PKExport
import PKStore

/// The one command interpreter behind the terminal, script files, `-c` and piped stdin:
/// `execute(_:at:)` lexes a line, finds its command in the table, binds its arguments and runs it.
public final class Interpreter {
    public struct Configuration: Sendable {
        public var environment: [String: String]
        public var clock: Clock
        public var quiet: Bool
        /// The language of every message, help text and table heading.
        public var language: Language
        /// Whether diagnostics may use ANSI colours (stderr is a terminal, no `--no-color`, no `NO_COLOR`).
        public var colored: Bool
        public var script: ScriptOptions
        /// Whether Ctrl-C was pressed; a running export stops at its next batch of records, a running script
        /// before its next command.
        public var interrupted: @Sendable () -> Bool

        public init(environment: [String: String], clock: Clock, quiet: Bool, language: Language = .en, colored: Bool = false,
                    script: ScriptOptions = ScriptOptions(), interrupted: @escaping @Sendable () -> Bool = { false }) {
            self.environment = environment
            self.clock = clock
            self.quiet = quiet
            self.language = language
            self.colored = colored
            self.script = script
            self.interrupted = interrupted
        }
    }

    public let session: Session
    let configuration: Configuration
    let console: Console
    /// The catalogue's data, as chosen on the command line (`--db`); it connects when first needed.
    let store: Store
    let commands: CommandTable = .standard
    /// The worst outcome so far; the process exits with it.
    public private(set) var exitStatus = ExitStatus.success
    /// Set by `quit`/`exit`: the caller stops reading lines.
    public internal(set) var wantsToQuit = false
    /// Where the line being executed came from (nil at the terminal).
    var location: SourceLocation?
    /// Script files being run, outermost first: canonical paths (to refuse a script that sources itself)
    /// and the names as written (for messages).
    var includeStack: [(path: String, name: String)] = []
    /// Counts of the script run so far.
    var tally = ScriptTally()
    /// Script variables (`let`, `--var`).
    var variables: [String: String]
    /// The `source` lines being executed, outermost first (the include chain of nested scripts).
    var sourceLines: [SourceLocation] = []
    /// Where Ctrl-C stopped the script.
    var interruptedAt: SourceLocation?
    /// The error of the last failed command.
    var lastError: (any Error)?
    /// Exports written while a script's transaction runs, placed only when it is kept (nil outside one).
    var heldFiles: [WrittenFile]?
    /// Services, logins and institutions for completion; dropped when a command may have changed them.
    var completionCache: CompletionData?

    public init(configuration: Configuration, console: Console, store: Store) {
        self.configuration = configuration
        self.console = console
        self.store = store
        session = Session(year: ReportingCalendar.defaultYear(today: configuration.clock.today()))
        variables = configuration.script.variables
    }

    /// Runs one command line; reports any error as a diagnostic and returns whether it succeeded.
    @discardableResult
    public func execute(_ line: String, at location: SourceLocation? = nil) -> Bool {
        self.location = location
        do {
            let words = try Lexer.words(line, variables: variables)
            guard !words.isEmpty else { return true }
            let (spec, name, rest): (CommandSpec, String, ArraySlice<Word>)
            do {
                (spec, name, rest) = try commands.resolve(words)
            } catch .unknownCommand(_, let suggestion) where location != nil {
                throw UsageError.unknownCommandInFile(suggestion: suggestion)
            }
            switch spec.action {
            case .anyone(let run)?:
                let arguments = try Arguments(spec: spec, fullName: name, words: Array(rest))
                if spec.changesCatalogue { completionCache = nil }
                try run(Invocation(shell: self, arguments: arguments))
            case .loggedIn(let run)?:
                let principal = try session.requirePrincipal()
                let arguments = try Arguments(spec: spec, fullName: name, words: Array(rest))
                if spec.changesCatalogue { completionCache = nil }
                try run(UserInvocation(shell: self, arguments: arguments, principal: principal))
            case nil:
                break
            }
            if let (from, to) = store.takeMigrationNotice() {
                inform(.databaseMigrated, ["path": store.location, "from": from, "to": to])
            }
            return true
        } catch {
            fail(error)
            return false
        }
    }

    /// Reports an error and records the exit status it implies.
    func fail(_ error: any Error) {
        lastError = error
        let refused = error is AuthenticationError || { if case StoreError.ownerRefused = error { true } else { false } }()
        exitStatus = max(exitStatus, refused ? .authentication : .failure)
        if error is ScriptFailed { return }  // the sourced script reported its own error
        report(Diagnostic(.error, message(of: error), at: location))
    }

    /// Reports a warning (the script summary counts it).
    public func warn(_ message: Message) {
        tally.warned += 1
        report(Diagnostic(.warning, text(message), at: location))
    }

    func report(_ diagnostic: Diagnostic) {
        console.writeError(diagnostic.rendered(in: language, colored: configuration.colored) + "\n")
    }

    var language: Language { configuration.language }

    /// The text of an error in the session's language; errors from outside pks in their own words.
    func message(of error: any Error) -> String {
        (error as? any Localized).map { text($0.message) } ?? String(describing: error)
    }
}
