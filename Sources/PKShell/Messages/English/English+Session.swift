import PKCore

extension Catalogue {
    /// What the shell says: the session: login, logout, whoami, passwd, year, source, let, quit, in English.
    static func englishSession(_ key: ShellText) -> String? {
        switch key {
        case .labelError: "error:"
        case .labelWarning: "warning:"
        case .includedFrom: "{location}: in "
        case .yesNoChoice: "[y/N]"
        case .actionLogOut: "The {year} record of {code} has unsaved changes. Discard them and log out?"
        case .actionQuit: "The {year} record of {code} has unsaved changes. Discard them and quit?"
        case .keptOpen: "cancelled; the {year} record of {code} stays open with its unsaved changes (save them, or close --discard)"
        case .actionLogIn: "The {year} record of {code} has unsaved changes. Discard them and log in as {login}?"
        case .promptPassword: "Password for {login}: "
        case .promptCurrentPassword: "Current password: "
        case .promptNewPassword: "New password for {login}: "
        case .promptRepeatPassword: "Repeat the password: "
        case .loggedOut: "logged out {login}"
        case .fieldLogin: "login"
        case .fieldName: "name"
        case .fieldInstitution: "institution"
        case .fieldRole: "role"
        case .fieldValidUntil: "rights valid until"
        case .noEndDate: "no end date"
        case .roleAdministrator: "administrator"
        case .roleInstitutionUser: "institution user"
        case .passwordChanged: "password changed"
        case .loggedIn: "logged in as {login} ({name}), {institution} {institutionName}; reporting year {year}"
        case .reportingYearLine: "reporting year {year}; {deadline}"
        case .deadlineToday: "deadline {deadline} (due today)"
        case .deadlineDaysLeft: "deadline {deadline} ({n} {n:day|days} left)"
        case .deadlinePassed: "deadline {deadline} (passed {n} {n:day|days} ago)"
        default: nil
        }
    }

    /// Help of the session: login, logout, whoami, passwd, year, source, let, quit, in English.
    static func englishSessionHelp(_ key: HelpText) -> String? {
        switch key {
        case .loginSummary: "log in; the prompt then shows your institution and the year"
        case .loginDetails: "The password is read without echo at a terminal; otherwise it comes from $PKS_PASSWORD."
        case .logoutSummary: "end the session"
        case .whoamiSummary: "your login, name, institution, role and how long your rights are valid"
        case .passwdSummary: "change your own password"
        case .passwdDetails: "At a terminal: the current password, then the new one twice, without echo. Otherwise $PKS_PASSWORD and $PKS_NEW_PASSWORD. The new one has at least 12 characters, does not contain the login, is not one of the 10,000 most common passwords and is no run such as 123456789012 nor a few characters repeated."
        case .yearSummary: "show or set the reporting year (default: the previous calendar year)"
        case .yearDetails: "Figures for year Y are due by 1 April of Y+1."
        case .sourceSummary: "run a script file inside this session"
        case .sourceDetails: "A relative path is taken from the folder of the script that names it. The script stops at its first failed command."
        case .letSummary: "define a variable; later lines use $NAME or ${NAME} (e.g. let year = 2019)"
        case .letDetails: "Names are letters, digits and _, not starting with a digit. A value with blanks goes in quotes. $NAME is replaced outside single quotes and always stays one word; \\$ is a literal $. pks --var NAME=VALUE defines one before the first line."
        case .quitSummary: "leave pks (asks first at a terminal when there are unsaved changes)"
        case .metaLogin: "LOGIN"
        case .metaYear: "YYYY"
        case .metaFile: "FILE"
        case .metaName: "NAME"
        case .metaEquals: "="
        case .metaValue: "VALUE"
        default: nil
        }
    }
}
