import ArgumentParser

/// The options of the common command lines — the global and script options and `-c` — named once: the
/// declarations argument-parser reads, `CommandLineOrder` and `QuickCommandLine` all take them from here.
enum CommandLineOption: String, CaseIterable {
    case database = "--db", login = "--user", language = "--lang", noColor = "--no-color", quiet = "--quiet"
    case noPager = "--no-pager"
    case keepGoing = "--keep-going", singleTransaction = "--single-transaction", echo = "--echo", dryRun = "--dry-run"
    case variable = "--var", command = "-c"

    /// Whether it takes a value (`--db PATH`); the others are flags.
    var takesValue: Bool {
        switch self {
        case .database, .login, .language, .variable, .command: true
        case .noColor, .quiet, .noPager, .keepGoing, .singleTransaction, .echo, .dryRun: false
        }
    }

    /// Whether it may be given more than once, each value kept in order.
    var repeats: Bool { self == .variable || self == .command }

    /// Its place among all options.
    var place: Int { Self.allCases.firstIndex(of: self)! }

    /// The name as argument-parser declares it.
    var name: NameSpecification {
        rawValue.hasPrefix("--") ? .customLong(String(rawValue.dropFirst(2))) : .customShort(rawValue.last!)
    }
}
