import Foundation
import PKCore

/// Running script files, `source` inside a session, and the end of a script run.
extension Interpreter {
    /// How deep `source` may nest.
    static let maximumIncludeDepth = 32

    /// Runs every line from `reader`, reporting errors as `NAME:LINE` (no location without a name).
    /// Stops at the first failed command unless `--keep-going`, and before the next command once Ctrl-C
    /// was pressed. Returns false on failure.
    public func run(_ reader: inout some LineSource, named name: String?) -> Bool {
        let chain = sourceLines
        var succeeded = true
        /// Counts a failed line (unless a sourced script counted it); returns whether the script goes on.
        func goesOnAfterFailure(counted: Bool = true) -> Bool {
            if counted { tally.failed += 1 }
            succeeded = false
            if !configuration.script.keepGoing { tally.stoppedAtError = true }
            return configuration.script.keepGoing
        }
        while !wantsToQuit && !stopped {
            let line: String?
            do {
                line = try reader.next()
            } catch {
                location = name.map { SourceLocation(file: $0, line: reader.lineNumber, includedFrom: chain) }
                tally.lastLocation = location
                tally.commands += 1
                fail(error)
                // Input that is not text, or no longer readable, ends here even with --keep-going.
                if goesOnAfterFailure(), error != .notText, !error.isUnreadableInput { continue }
                return false
            }
            guard let line else { return succeeded }
            let here = name.map { SourceLocation(file: $0, line: reader.lineNumber, includedFrom: chain) }
            tally.lastLocation = here
            guard !Self.isBlankOrComment(line) else { continue }
            if configuration.interrupted() {
                interruptedAt = here ?? SourceLocation(file: "-c", line: reader.lineNumber)
                location = interruptedAt
                fail(ShellError.interrupted(commands: tally.commands))
                return false
            }
            if configuration.script.echo { console.write(prompt + line + "\n") }
            tally.commands += 1
            if !execute(line, at: here), !goesOnAfterFailure(counted: !(lastError is ScriptFailed)) { return false }
        }
        return succeeded && !stopped
    }

    /// Runs a script file. A relative path is taken from the folder of the script that names it;
    /// messages name the file as it was written, after the chain of `source` lines that led to it.
    public func runFile(_ path: String) -> Bool {
        let resolved = resolve(path)
        let canonical = URL(fileURLWithPath: resolved).standardizedFileURL.resolvingSymlinksInPath().path
        let outer = location
        defer { location = outer }
        do {
            if includeStack.contains(where: { $0.path == canonical }) {
                throw ShellError.includeCycle(includeStack.map(\.name) + [path])
            }
            if includeStack.count >= Self.maximumIncludeDepth { throw ShellError.includeTooDeep(Self.maximumIncludeDepth) }
            var reader = try LineReader(path: resolved)
            defer { reader.closeFile() }
            if let outer { sourceLines.append(outer) }
            includeStack.append((canonical, path))
            defer {
                includeStack.removeLast()
                if outer != nil { sourceLines.removeLast() }
            }
            return run(&reader, named: path)
        } catch {
            fail(error)
            return false
        }
    }

    /// The end of a script run: unsaved changes fail it (reported at the last line); with `--keep-going`
    /// or after Ctrl-C, a summary of what ran. Returns whether the whole run succeeded.
    @discardableResult
    public func finishScript() -> Bool {
        if interruptedAt == nil, !tally.stoppedAtError, session.hasUnsavedChanges, let record = session.openRecord {
            location = tally.lastLocation
            fail(ShellError.endedUnsaved(code: record.service.code, year: record.year))
        }
        location = nil
        if configuration.script.keepGoing || interruptedAt != nil {
            console.writeError(text(.scriptSummary, ["n": tally.commands, "failed": tally.failed, "warned": tally.warned]) + "\n")
        }
        return exitStatus == .success
    }

    /// Runs a script body; with `--single-transaction` or `--dry-run`, inside one database transaction
    /// that is kept only when everything succeeded and this is no dry run, and so are the files it exported.
    public func runScript(_ body: () -> Void) {
        let options = configuration.script
        guard options.needsTransaction else {
            body()
            finishScript()
            return
        }
        do {
            // A rehearsal (`pks demo`) places its exports at once: the audience opens them while it runs.
            try holdingFiles(unless: options.rehearsal) {
                let kept = try store.inOneTransaction(purpose: options.source) {
                    body()
                    return finishScript() && !options.dryRun
                }
                if options.dryRun {
                    inform(options.rehearsal ? .demoNothingKept : .dryRunNothingKept)
                } else if !kept {
                    console.writeError(text(.singleTransactionNothingKept) + "\n")
                }
                return kept
            }
        } catch {
            fail(error)
        }
    }

    private var stopped: Bool { interruptedAt != nil }

    /// After each line typed at the terminal: a script it sourced is over, so the next `source` counts its
    /// commands afresh, and after Ctrl-C stopped it the next commands run again.
    public func finishTerminalLine() {
        interruptedAt = nil
        tally = ScriptTally()
    }

    private func resolve(_ path: String) -> String {
        guard !path.hasPrefix("/"), let current = includeStack.last?.path else { return path }
        return URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(path).path
    }

    static func isBlankOrComment(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed.first == "#" || trimmed == "\r"
    }
}
