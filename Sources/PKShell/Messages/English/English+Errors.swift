import PKCore

extension Catalogue {
    /// What the shell says: errors of the shell, in English.
    static func englishErrors(_ key: ShellText) -> String? {
        switch key {
        case .notLoggedIn: "not logged in; log in first: login LOGIN"
        case .noOpenRecord: "no record is open; open one with add SERVICE or edit SERVICE"
        case .unsavedChanges: "the {year} record of {code} has unsaved changes; save them, or close --discard"
        case .endedUnsaved: "the script ended with unsaved changes to the {year} record of {code}; they were not kept (end it with save, or close --discard)"
        case .noPassword: "no password: pks asks for it at a terminal; otherwise set ${variable}"
        case .passwordsDiffer: "the two passwords differ; nothing was changed"
        case .invalidYear: "'{text}' is not a reporting year; give one from {first} to {last}"
        case .invalidDate: "'{text}' is not a date; write it as YYYY-MM-DD or DD.MM.YYYY"
        case .invalidLimit: "--limit takes a whole number of entries from 1 to {maximum}, not '{text}'"
        case .unknownHelpTopic: "no help for '{topic}' (help lists the commands; help channels the channels)"
        case .cannotReadScript: "cannot read {path}: {reason}"
        case .includeCycle: "a script sources itself: {chain}"
        case .includeTooDeep: "scripts are nested more than {depth} deep"
        case .invalidUTF8: "the line is not valid UTF-8"
        case .lineTooLong: "the line is {bytes} bytes long; a line may have at most {limit} bytes"
        case .notText: "this is not a text file (it has a zero byte); nothing more of it is read"
        case .unreadableInput: "cannot read any further: {reason}"
        case .declined: "cancelled; nothing was changed"
        case .invalidVariableName: "'{name}' is not a variable name (letters, digits and _, not starting with a digit)"
        case .interrupted: "interrupted (Ctrl-C) after {n} {n:command|commands}; the commands after this line did not run"
        case .unterminatedDoubleQuote: "unterminated double quote starting at column {column}"
        case .unterminatedSingleQuote: "unterminated single quote starting at column {column}"
        case .danglingEscape: "'\\' at column {column} escapes nothing: the line ends there"
        case .badVariableReference: "{opening} at column {column} is not a variable: write {form} (letters, digits and _, not starting with a digit), or \\$ for a dollar sign"
        case .undefinedVariable: "undefined variable ${name} at column {column}; define it with let {name} = VALUE or --var {name}=VALUE"
        case .unknownCommand: "unknown command '{word}' (help lists the commands)"
        case .unknownCommandSuggestion: "unknown command '{word}'; did you mean '{suggestion}'? (help lists the commands)"
        case .unknownCommandInFile: "the line does not start with a command (help lists the commands)"
        case .unknownCommandInFileSuggestion: "the line does not start with a command; did you mean '{suggestion}'? (help lists the commands)"
        case .unknownSubcommand: "unknown command '{family} {word}'; {family} takes: {choices}"
        case .missingSubcommand: "{family} needs one of: {choices}"
        case .wrongArgumentCount: "wrong number of arguments ({n}); usage: {usage}"
        case .unknownOption: "{command} has no option {option}; usage: {usage}"
        case .unknownOptionSuggestion: "{command} has no option {option}; did you mean {suggestion}?; usage: {usage}"
        case .missingOptionValue: "{option} needs a value; usage: {usage}"
        case .emptyFileName: "the file name is empty; usage: {usage}"
        case .missingOption: "{option} is required; usage: {usage}"
        case .sourcedScriptFailed: "the sourced script stopped at the error above"
        case .unknownExportFormat: "unknown export format '{format}'; use {formats}"
        case .unknownLayout: "unknown layout '{layout}'; use wide or long"
        case .conflictingOptions: "{first} and {second} exclude each other; give one"
        default: nil
        }
    }
}
