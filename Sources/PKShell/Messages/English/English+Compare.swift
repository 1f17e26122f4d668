import PKCore

extension Catalogue {
    /// Help of compare, in English.
    static func englishCompareHelp(_ key: HelpText) -> String? {
        switch key {
        case .compareSummary: "the year against another (default the year before), per service and channel, with bars"
        case .compareDetails: """
            Each service with a record in either year: per channel started/completed of both years, the change in \
            requests started as a count and in percent ('new' when the earlier year started none), and the change as a \
            bar, '+' for growth and '-' for decline, on one scale for the whole listing and as wide as the terminal \
            allows (# with --ascii or when the output is not UTF-8); then both quality indicators of each year, computed \
            from the counts. A record found in one year only is marked so. Last, the institution's totals per channel \
            over all records of each year. Drafts count as well as submitted records. Administrators: --institution CODE \
            compares that institution. --json: {"year", "against", "institution", "services": [{"code", "name", \
            "only": YEAR|null, "previous"|"current": {"status", "started", "completed", "success", "usage"}|null, \
            "change", "percent", "channels": {KEY: {"previous", "current", "change", "percent"}}}], "totals": …}.
            """
        default: nil
        }
    }

    /// What the shell says: compare, in English.
    static func englishCompare(_ key: ShellText) -> String? {
        switch key {
        case .compareHeading: "{year} against {against}: {code} {name}"
        case .compareLegend: "started/completed per channel; the change is in requests started"
        case .compareOnlyIn: "only in {year}"
        case .compareNew: "new"
        case .compareTotalsHeading: "all records of {code}"
        case .compareNothing: "{code} has no records of {year} or {against} to compare"
        case .compareSameYear: "compare needs a year other than the reporting year {year} (year YYYY changes that)"
        case .indicatorChange: "{previous} → {current}"
        default: nil
        }
    }
}
