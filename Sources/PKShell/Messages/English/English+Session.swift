import PKCore

extension Catalogue {
    /// What the shell says: the session: login, logout, whoami, passwd, year, source, let, quit, in English.
    static let englishSession: KeyValuePairs<ShellText, String> = [
        .labelError: "error:",
        .labelWarning: "warning:",
        .includedFrom: "{location}: in ",
        .yesNoChoice: "[y/N]",
        .actionLogOut: "The {year} record of {code} has unsaved changes. Discard them and log out?",
        .actionQuit: "The {year} record of {code} has unsaved changes. Discard them and quit?",
        .keptOpen: "cancelled; the {year} record of {code} stays open with its unsaved changes (save them, or close --discard)",
        .actionLogIn: "The {year} record of {code} has unsaved changes. Discard them and log in as {login}?",
        .promptPassword: "Password for {login}: ",
        .promptCurrentPassword: "Current password: ",
        .promptNewPassword: "New password for {login}: ",
        .promptRepeatPassword: "Repeat the password: ",
        .loggedOut: "logged out {login}",
        .fieldLogin: "login",
        .fieldName: "name",
        .fieldInstitution: "institution",
        .fieldRole: "role",
        .fieldValidUntil: "rights valid until",
        .noEndDate: "no end date",
        .roleAdministrator: "administrator",
        .roleInstitutionUser: "institution user",
        .passwordChanged: "password changed",
        .loggedIn: "logged in as {login} ({name}), {institution} {institutionName}; reporting year {year}",
        .reportingYearLine: "reporting year {year}; {deadline}",
        .deadlineToday: "deadline {deadline} (due today)",
        .deadlineDaysLeft: "deadline {deadline} ({n} {n:day|days} left)",
        .deadlinePassed: "deadline {deadline} (passed {n} {n:day|days} ago)",
    ]

    /// Help of the session: login, logout, whoami, passwd, year, source, let, quit, in English.
    static let englishSessionHelp: KeyValuePairs<HelpText, String> = [
        .loginSummary: "log in; the prompt then shows your institution and the year",
        .loginDetails: "The password is read without echo at a terminal; otherwise it comes from $PKS_PASSWORD.",
        .logoutSummary: "end the session",
        .whoamiSummary: "your login, name, institution, role and how long your rights are valid",
        .passwdSummary: "change your own password",
        .passwdDetails: "At a terminal: the current password, then the new one twice, without echo. Otherwise $PKS_PASSWORD and $PKS_NEW_PASSWORD. The new one has at least 12 characters, does not contain the login and is not one of the 10,000 most common passwords.",
        .yearSummary: "show or set the reporting year (default: the previous calendar year)",
        .yearDetails: "Figures for year Y are due by 1 April of Y+1.",
        .sourceSummary: "run a script file inside this session",
        .sourceDetails: "A relative path is taken from the folder of the script that names it. The script stops at its first failed command.",
        .letSummary: "define a variable; later lines use $NAME or ${NAME} (e.g. let year = 2019)",
        .letDetails: "Names are letters, digits and _, not starting with a digit. A value with blanks goes in quotes. $NAME is replaced outside single quotes and always stays one word; \\$ is a literal $. pks --var NAME=VALUE defines one before the first line.",
        .quitSummary: "leave pks (asks first at a terminal when there are unsaved changes)",
        .metaLogin: "LOGIN",
        .metaYear: "YYYY",
        .metaFile: "FILE",
        .metaName: "NAME",
        .metaEquals: "=",
        .metaValue: "VALUE",
    ]
}
