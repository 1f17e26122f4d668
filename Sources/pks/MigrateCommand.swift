import ArgumentParser
import PKShell
import PKTerminal

/// `pks migrate`: the schema versions a database lacks, applied by its owner.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply the schema versions the database lacks (on PostgreSQL: as the database's owner).",
        discussion: "A SQLite file is migrated whenever pks opens it; a PostgreSQL catalogue only by its owner, with this.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let launcher = try SessionLauncher(global: global.values, interactive: StandardStreams.isTerminal(0), startSession: false)
        try launcher.finish { interpreter in _ = interpreter.migrateDatabase() }
    }
}
