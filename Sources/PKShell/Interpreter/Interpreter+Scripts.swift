import Foundation

/// Running script files, `source` inside a session, and the end-of-script check.
extension Interpreter {
    /// How deep `source` may nest.
    static let maximumIncludeDepth = 32

    /// Runs every line from `reader`, reporting errors as `NAME:LINE`; stops at the first failed command.
    public func run(_ reader: inout LineReader, named name: String) -> Bool {
        while !wantsToQuit {
            let line: String?
            do {
                line = try reader.next()
            } catch {
                location = SourceLocation(file: name, line: reader.lineNumber)
                fail(error)
                return false
            }
            guard let line else { return true }
            if !execute(line, at: SourceLocation(file: name, line: reader.lineNumber)) { return false }
        }
        return true
    }

    /// Runs a script file; a relative path is taken from the folder of the script that names it.
    public func runFile(_ path: String) -> Bool {
        let resolved = resolve(path)
        let canonical = URL(fileURLWithPath: resolved).standardizedFileURL.resolvingSymlinksInPath().path
        let outer = location
        defer { location = outer }
        do {
            if includeStack.contains(canonical) { throw ShellError.includeCycle(includeStack + [canonical]) }
            if includeStack.count >= Self.maximumIncludeDepth { throw ShellError.includeTooDeep(Self.maximumIncludeDepth) }
            var reader = try LineReader(path: resolved)
            defer { reader.closeFile() }
            includeStack.append(canonical)
            defer { includeStack.removeLast() }
            return run(&reader, named: includeStack.count == 1 ? path : resolved)
        } catch {
            fail(error)
            return false
        }
    }

    /// Checks the end of a script session: unsaved changes fail it and are named.
    public func finishScript() -> Bool {
        location = nil
        guard session.hasUnsavedChanges, let record = session.openRecord else { return true }
        fail(ShellError.endedUnsaved(code: record.service.code, year: record.year))
        return false
    }

    private func resolve(_ path: String) -> String {
        guard !path.hasPrefix("/"), let current = includeStack.last else { return path }
        return URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(path).path
    }
}
