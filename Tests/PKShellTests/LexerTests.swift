@testable import PKShell
import Testing

@Suite struct LexerTests {
    private func texts(_ line: String) throws -> [String] { try Lexer.words(line).map(\.text) }

    @Test func blanksSeparateWords() throws {
        #expect(try texts("set  e-latvija\t2378 2245") == ["set", "e-latvija", "2378", "2245"])
    }

    @Test func quotesKeepPhrasesWhole() throws {
        #expect(try texts(#"set "Klātiene iestādē" 5 4"#) == ["set", "Klātiene iestādē", "5", "4"])
        #expect(try texts("service add 1 'Ā \"b\" c'") == ["service", "add", "1", #"Ā "b" c"#])
    }

    @Test func backslashEscapesTheNextCharacter() throws {
        #expect(try texts(##"a\ b "x\"y" \#"##) == ["a b", #"x"y"#, "#"])
    }

    @Test func hashOutsideQuotesStartsAComment() throws {
        #expect(try texts("save # done for today") == ["save"])
        #expect(try texts("# only a comment").isEmpty)
        #expect(try texts(#"service add X "a # b""#) == ["service", "add", "X", "a # b"])
    }

    @Test func columnsPointAtWordStarts() throws {
        #expect(try Lexer.words("  set  x").map(\.column) == [3, 8])
    }

    @Test func quotedWordsAreNeverOptions() throws {
        let words = try Lexer.words(#"show --json "--json""#)
        #expect(words.map(\.isOption) == [false, true, false])
    }

    @Test func unterminatedQuoteIsAnErrorWithItsColumn() {
        #expect(throws: SyntaxError.unterminatedQuote("\"", column: 5)) { try Lexer.words(#"set "Klātiene 5 4"#) }
        #expect(throws: SyntaxError.unterminatedQuote("'", column: 1)) { try Lexer.words("'abc") }
    }

    @Test func trailingBackslashIsAnError() {
        #expect(throws: SyntaxError.danglingEscape(column: 5)) { try Lexer.words(#"save\"#) }
    }

    @Test func plainLinesSplitAsTheGeneralPathSplitsThem() throws {
        for line in ["set e-latvija 2378 2245", "  service  add S00001 --institution CARN ", "save", "", "   "] {
            let plain = try #require(Lexer.plainWords(line))
            #expect(plain == (try Lexer.generalWords(line, variables: nil)), "\(line)")
        }
    }

    @Test func linesWithQuotesEscapesVariablesCommentsOrOtherCharactersTakeTheGeneralPath() {
        for line in [#"set "a b" 1"#, "set 'a' 1", #"a\ b"#, "echo $x", "save # done", "a\tb", "Klātiene 1 2", "a\r\nb"] {
            #expect(Lexer.plainWords(line) == nil, "\(line)")
        }
    }
}
