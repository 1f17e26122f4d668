import PKCore

extension Catalogue {
    /// What the shell says: scripts, start-up, the terminal, in English.
    static func englishScripts(_ key: ShellText) -> String? {
        switch key {
        case .scriptSummary: "summary: {n} {n:command|commands} ran, {failed} failed, {warned} warned"
        case .dryRunNothingKept: "dry run: nothing was kept"
        case .singleTransactionNothingKept: "note: nothing the script did was kept (--single-transaction)"
        case .databaseCreated: "created {path} with administrator {login} ({name}), {institution}"
        case .databaseMigrated: "migrated {path} from schema version {from} to {to}"
        case .databaseUpToDate: "{path} is at schema version {to}, the newest this pks knows"
        case .demoSkipped: "(skipped)"
        case .demoEnded: "(demo ended at {location})"
        case .demoNothingKept: "the demonstration's changes were rolled back, so it can be given again (pks demo --keep keeps them); files it exported stay"
        case .demoOver: "(end of {file}: the shell is yours for questions; quit ends the demonstration)"
        case .demoStepPrompt: "⏎ run · s skip · b back · Ctrl-L clear · q quit"
        case .demoNeedsTerminal: "pks demo works at a terminal only: it waits for Enter before each command; use pks run {file} to run it"
        case .invalidNow: "$PKS_NOW must be YYYY-MM-DDTHH:MM:SS, not '{text}'"
        case .invalidToday: "$PKS_TODAY must be YYYY-MM-DD, not '{text}'"
        case .startupUsage: "usage: pks [OPTIONS] [-c CMD ...] | pks run FILE... | pks demo FILE | pks init --admin LOGIN --name NAME (see pks --help)"
        case .usageUnknownOption: "unknown option {item}"
        case .usageMissingArgument: "missing expected argument {item}"
        case .usageMissingValue: "missing value for {item}"
        case .usageUnexpectedArgument: "unexpected argument {item}"
        case .banner: "pks — service statistics of the Latvian service catalogue. Type help for the commands."
        case .moreCandidates: "… {n} more; type more letters"
        case .historyNotKept: "the command history cannot be kept in {path}: {reason}; this session's commands are not remembered"
        case .invalidVariableAssignment: "--var takes NAME=VALUE with a name of letters, digits and _, not '{text}'"
        default: nil
        }
    }
}
