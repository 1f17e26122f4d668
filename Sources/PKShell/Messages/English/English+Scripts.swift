import PKCore

extension Catalogue {
    /// What the shell says: scripts, start-up, the terminal, in English.
    static let englishScripts: KeyValuePairs<ShellText, String> = [
        .scriptSummary: "summary: {n} {n:command|commands} ran, {failed} failed, {warned} warned",
        .dryRunNothingKept: "dry run: nothing was kept",
        .singleTransactionNothingKept: "note: nothing the script did was kept (--single-transaction)",
        .databaseCreated: "created {path} with administrator {login} ({name}), {institution}",
        .databaseMigrated: "migrated {path} from schema version {from} to {to}",
        .databaseUpToDate: "{path} is at schema version {to}, the newest this pks knows",
        .demoSkipped: "(skipped)",
        .demoEnded: "(demo ended at {location})",
        .demoNothingKept: "the demonstration's changes were rolled back, so it can be given again (pks demo --keep keeps them)",
        .demoOver: "(end of {file}: the shell is yours for questions; quit ends the demonstration)",
        .demoStepPrompt: "⏎ run · s skip · b back · Ctrl-L clear · q quit",
        .demoNeedsTerminal: "pks demo works at a terminal only: it waits for Enter before each command; use pks run {file} to run it",
        .invalidNow: "$PKS_NOW must be YYYY-MM-DDTHH:MM:SS, not '{text}'",
        .invalidToday: "$PKS_TODAY must be YYYY-MM-DD, not '{text}'",
        .startupUsage: "usage: pks [OPTIONS] [-c CMD ...] | pks run FILE... | pks demo FILE | pks init --admin LOGIN --name NAME (see pks --help)",
        .banner: "pks — service statistics of the Latvian service catalogue. Type help for the commands.",
        .moreCandidates: "… {n} more; type more letters",
        .historyNotKept: "the command history cannot be kept in {path}: {reason}; this session's commands are not remembered",
        .invalidVariableAssignment: "--var takes NAME=VALUE with a name of letters, digits and _, not '{text}'",
    ]
}
