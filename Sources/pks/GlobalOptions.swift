import ArgumentParser
import PKCore

/// Options every way of starting pks accepts (SPEC section 1).
struct GlobalOptions: ParsableArguments {
    @Option(name: CommandLineOption.database.name, help: ArgumentHelp(
        "The database: a SQLite file, or a PostgreSQL server as postgresql://[LOGIN@][HOST][:PORT]/DBNAME[?…]; else $PKS_DB; else $XDG_DATA_HOME/pks/pks.sqlite.",
        valueName: "PATH|URI"))
    var database: String?

    @Option(name: CommandLineOption.login.name, help: ArgumentHelp("Log in before the first command; else $PKS_USER.", valueName: "LOGIN"))
    var login: String?

    @Flag(name: CommandLineOption.noColor.name, help: "No ANSI colours (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    @Flag(name: CommandLineOption.quiet.name, help: "No banner and no informational chatter: results and errors only.")
    var quiet = false

    @Flag(name: CommandLineOption.noPager.name, help: """
        Print long listings straight to the terminal; else, at a terminal, one longer than the screen goes through \
        $PKS_PAGER, else $PAGER, else less -FRX.
        """)
    var noPager = false

    @Option(name: CommandLineOption.language.name, help: ArgumentHelp(
        "Language of messages: lv (latviešu) or en (English); else $PKS_LANG; else Latvian when LANG starts with lv.",
        valueName: "lv|en"), completion: .list(Language.allCases.map(\.rawValue)))
    var language: String?

    /// The options as plain values, as the rest of pks takes them.
    var values: StartOptions {
        StartOptions(database: database, login: login, noColor: noColor, quiet: quiet, noPager: noPager, language: language)
    }
}
