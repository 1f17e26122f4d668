import Foundation
import PKShell
import Testing

/// TAB completion from the command table, the lexer and the session.
@Suite struct CompletionTests {
    /// Logged in as the administrator; CARN and ADAZI with services 015A (e-latvija, klatiene) and 016B (klatiene, pasts).
    private func harness() throws -> ShellHarness {
        let shell = ShellHarness(password: ShellHarness.password)
        #expect(shell.loggedInAdmin())
        for line in ["institution add CARN \"Carnikavas novada pašvaldība\"", "institution add ADAZI \"Ādaži\"",
                     "service add 015A \"Iesniegums Carnikavai\" --institution CARN", "service channels 015A e-latvija klatiene",
                     "service publish 015A", "service add 016B \"Būvatļauja\" --institution CARN",
                     "service channels 016B klatiene pasts", "service publish 016B",
                     "service add 101A \"Iesniegums Ādažiem\" --institution ADAZI"] {
            #expect(shell.interpreter.execute(line), "\(line): \(shell.console.errors)")
        }
        return shell
    }

    @Test func commandNamesCompleteFromTheTable() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        let completion = shell.interpreter.complete("sub")
        #expect(completion.insertion == "submit ")
        #expect(completion.replacing == 3)
        #expect(shell.interpreter.complete("s").candidates == ["saglabāt", "salīdzināt", "save", "service", "services", "set", "show", "source",
                                                               "statistika", "stats", "submit", "sūdzības"])
        #expect(shell.interpreter.complete("se").insertion == nil, "service, services, set share only 'se'")
    }

    @Test func importOpenAndAddFromComplete() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("impo").candidates == ["import", "importēt"])
        #expect(shell.interpreter.complete("import x.csv --").candidates == ["--dry-run", "--format"])
        #expect(shell.interpreter.complete("import x.csv --format ").candidates == ["csv", "tsv", "xlsx"])
        #expect(shell.interpreter.complete("add 015A --f").insertion == "--from ")
        #expect(shell.interpreter.complete("export csv x.csv --exc").insertion == "--excel ")
        #expect(shell.interpreter.complete("atve").insertion == "atvērt ")
    }

    @Test func helpCompletesAFamilysSubcommands() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("help service im").insertion == "import ")
        #expect(shell.interpreter.complete("help user ").candidates == ["add", "close", "list", "renew", "unlock"])
        #expect(shell.interpreter.complete("help login ").candidates == [])
    }

    @Test func latvianCommandNamesCompleteWithOrWithoutDiacritics() throws {
        let shell = ShellHarness(language: .lv)
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("sagl").insertion == "saglabāt ")
        #expect(shell.interpreter.complete("SAGLABA").insertion == "saglabāt ")
        #expect(shell.interpreter.complete("aprek").insertion == "aprēķināt ")
        #expect(shell.interpreter.complete("lejup").insertion == "lejupielādēt ")
        #expect(shell.interpreter.complete("kav").insertion == "kavējumi ")
        #expect(shell.interpreter.complete("su").candidates == ["submit", "sūdzības"])
    }

    @Test func cardCommandsCompleteTheDescriptionsChannelsAndDayLetters() throws {
        let shell = try harness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("service hours 016B ").candidates == ["klatiene", "Klātiene iestādē", "pasts"])
        #expect(shell.interpreter.complete("service contact 015A e-").insertion == "e-latvija ")
        #expect(shell.interpreter.complete("service hours 016B pasts P").candidates == ["P", "Pk"])
        #expect(shell.interpreter.complete("service hours 016B pasts S").candidates == ["S", "Sat", "Sun", "Sv"])
        #expect(shell.interpreter.complete("institution c").insertion == "contact ")
        #expect(shell.interpreter.complete("user list --e").insertion == "--expiring ")
    }

    @Test func subcommandsAndOptionsComplete() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("service p").insertion == "publish ")
        #expect(shell.interpreter.complete("user ").candidates == ["add", "close", "list", "renew", "unlock"])
        #expect(shell.interpreter.complete("show --j").insertion == "--json ")
        #expect(shell.interpreter.complete("user add x --name X --").candidates == ["--admin", "--institution", "--until"])
        #expect(shell.interpreter.complete("log 015A --").candidates == ["--institution", "--limit", "--no-pager", "--since", "--user"])
        #expect(shell.interpreter.complete("log --limit 5 --u").insertion == "--user ")
    }

    @Test func optionsForAdministratorsAreOfferedToThemAlone() throws {
        let shell = try harness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.execute("user add ilze --name \"Ilze Liepa\" --institution CARN --until 2030-12-31"))
        #expect(shell.interpreter.execute("login ilze"), "\(shell.console.errors)")
        #expect(shell.interpreter.complete("log 015A --").candidates == ["--limit", "--no-pager", "--since", "--user"])
        #expect(shell.interpreter.complete("export csv x.csv --").candidates
                == ["--all-years", "--excel", "--force", "--layout", "--year"])
    }

    @Test func logCompletesInstitutionsAndLoginsForAdministrators() throws {
        let shell = try harness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("log --institution ").candidates == ["ADAZI", "CARN", "VRAA"])
        #expect(shell.interpreter.complete("log --user ad").insertion == "admin ")
    }

    @Test func theChecksAndTheAdministratorsViewsComplete() throws {
        let shell = try harness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("chec").insertion == "check ")
        #expect(shell.interpreter.complete("submit --a").insertion == "--all ")
        #expect(shell.interpreter.complete("overv").insertion == "overview ")
        #expect(shell.interpreter.complete("missing --a").insertion == "--all-institutions ")
        #expect(shell.interpreter.complete("reopen 015A --").candidates == ["--institution", "--reason"])
        #expect(shell.interpreter.complete("stats --institution C").insertion == "CARN ")
        #expect(shell.interpreter.complete("show 015A --institution AD").insertion == "ADAZI ")
    }

    @Test func compareCompletesItsYearAndOptions() throws {
        let shell = try harness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("compa").insertion == "compare ")
        #expect(shell.interpreter.complete("salid").insertion == "salīdzināt ")
        #expect(shell.interpreter.complete("compare 201").candidates.prefix(2) == ["2019", "2018"])
        #expect(shell.interpreter.complete("compare 2018 --").candidates == ["--ascii", "--institution", "--json", "--no-pager"])
        #expect(shell.interpreter.complete("compare --institution C").insertion == "CARN ")
    }

    @Test func servicesCompleteByCodeAndByNameWithQuotes() throws {
        let shell = try harness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("service show 01").candidates == ["015A", "016B"])
        #expect(shell.interpreter.complete("service show 015").insertion == "015A ")
        #expect(shell.interpreter.complete("service show bū").insertion == "Būvatļauja ")
        #expect(shell.interpreter.complete("service show \"Iesniegums C").insertion == "\"Iesniegums Carnikavai\" ")
        #expect(shell.interpreter.complete("service show \"Iesniegums C").replacing == 13)
    }

    @Test func statisticsCommandsOfferOnlyTheOwnInstitutionsServices() throws {
        let shell = try harness()
        defer { shell.removeFolder() }
        // The administrator's own institution (VRAA) holds no services, so add offers none of CARN's or ADAZI's.
        #expect(shell.interpreter.complete("add ").candidates.isEmpty)
        #expect(shell.interpreter.complete("service show ").candidates.contains("101A"))
    }

    @Test func channelsCompleteByKeyAndLatvianNameIgnoringDiacritics() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        // One channel is one candidate: the key when typed like one, the Latvian name when typed with capitals or long vowels.
        #expect(shell.interpreter.complete("service channels 015A kla").insertion == "klatiene ")
        #expect(shell.interpreter.complete("service channels 015A Klā").insertion == "\"Klātiene iestādē\" ")
        #expect(shell.interpreter.complete("service channels 015A ").candidates.contains("Klātiene iestādē"))
        #expect(shell.interpreter.complete("service channels 015A e-l").insertion == "e-latvija ")
        #expect(shell.interpreter.complete("service channels 015A e-latvija vp").insertion == "vpvkac ")
    }

    @Test func setOffersOnlyTheOpenRecordsChannels() throws {
        let shell = try harness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.execute("service add 900X \"Pārbaude\""))
        #expect(shell.interpreter.execute("service channels 900X e-pasts sms"))
        #expect(shell.interpreter.execute("service publish 900X"))
        #expect(shell.interpreter.execute("add 900X"))
        #expect(shell.interpreter.complete("set ").candidates == ["e-pasts", "sms"])
        #expect(shell.interpreter.complete("set e-pasts 5 ").candidates.isEmpty, "counts are not completed")
    }

    @Test func yearsNewestFirstAndFormats() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("year 20").candidates.prefix(3) == ["2020", "2019", "2018"])
        #expect(shell.interpreter.complete("export c").insertion == "csv ")
    }

    @Test func administratorsGetLoginsAndInstitutionsOthersNothing() throws {
        let shell = try harness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("user close ").candidates == ["admin"])
        #expect(shell.interpreter.complete("service add X Y --institution ").candidates == ["ADAZI", "CARN", "VRAA"])
        #expect(shell.interpreter.complete("login ").candidates.isEmpty, "logging in never lists logins")
    }

    @Test func filePathsCompleteWithFoldersMarked() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        let folder = shell.folder.appendingPathComponent("skripti")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "year\n".write(to: folder.appendingPathComponent("gads.pks"), atomically: true, encoding: .utf8)
        #expect(shell.interpreter.complete("source \(shell.folder.path)/sk").insertion == "\(folder.path)/")
        #expect(shell.interpreter.complete("source \(folder.path)/g").insertion == "\(folder.path)/gads.pks ")
    }

    @Test func anUnterminatedQuoteOrEmptyLineDoesNotBreakCompletion() {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.interpreter.complete("").candidates.count > 20)
        #expect(shell.interpreter.complete("set \"Klātiene i").insertion == "\"Klātiene iestādē\" ")
        #expect(shell.interpreter.complete("set \"klatiene i").insertion == "\"Klātiene iestādē\" ")
    }
}
