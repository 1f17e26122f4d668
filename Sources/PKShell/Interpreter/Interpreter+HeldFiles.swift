import PKExport

/// Files a script's transaction holds: with `--single-transaction` or `--dry-run` an export is written in full
/// but given its name only when the script's changes are kept, so a rolled-back script leaves no file
/// showing records that were never kept.
extension Interpreter {
    /// Gives `file` its name now, or holds it until the script's transaction ends. A held file replaces an
    /// earlier one held for the same path only when the export was allowed to replace (`--force`).
    func place(_ file: WrittenFile, replacing: Bool) throws(ExportError) {
        guard var held = heldFiles else { return try file.place() }
        if let earlier = held.firstIndex(where: { $0.path == file.path }) {
            guard replacing else { throw ExportError.exists(file.path) }
            held.remove(at: earlier).discard()
        }
        held.append(file)
        heldFiles = held
    }

    /// Whether an export's file waits for the script's end: the summary says so.
    var holdsFiles: Bool { heldFiles != nil }

    /// Runs `body` holding the files it exports (unless `placingAtOnce`); they are placed when it returns true,
    /// otherwise discarded. A file that cannot be placed (one appeared at its path meanwhile) is an error.
    func holdingFiles(unless placingAtOnce: Bool, _ body: () throws -> Bool) rethrows {
        if !placingAtOnce { heldFiles = [] }
        defer { heldFiles = nil }
        guard try body() else { return }
        for file in heldFiles ?? [] {
            do {
                try file.place()
            } catch {
                fail(error)
            }
        }
    }
}
