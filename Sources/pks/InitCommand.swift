import ArgumentParser
import PKShell
import PKStore
import PKTerminal

/// `pks init --admin LOGIN --name "FULL NAME"`: the database and its first administrator.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database (if missing) and its first administrator, whose rights have no end date.",
        discussion: """
            The administrator's password is asked twice without echo at a terminal; otherwise it comes from \
            $PKS_PASSWORD. On PostgreSQL, run it as the database's owner (the URI's login, else PGUSER), whose \
            password libpq takes from PGPASSWORD or ~/.pgpass, else asks.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The administrator's login.", valueName: "LOGIN"))
    var admin: String

    @Option(help: ArgumentHelp("The administrator's full name.", valueName: "FULL NAME"))
    var name: String

    @Option(help: ArgumentHelp(
        "yescrypt cost of every password hash in this database: \(PasswordCost.standard) (the default) takes about 0.1 s a hash; 1 is for test databases only.",
        valueName: "N"))
    var passwordCost = PasswordCost.standard

    @Flag(help: """
        PostgreSQL training and test databases: the server takes its time from each pks's $PKS_NOW or $PKS_TODAY, \
        so a demonstration's date holds for rights, deadlines and timestamps. Never for a real catalogue. \
        (A SQLite file always keeps pks's time.)
        """)
    var trustClientClock = false

    func run() throws {
        let launcher = try SessionLauncher(global: global.values, interactive: StandardStreams.isTerminal(0), startSession: false)
        try launcher.finish { interpreter in
            _ = interpreter.initializeDatabase(admin: admin, fullName: name, passwordCost: passwordCost,
                                               trustClientClock: trustClientClock)
        }
    }
}
