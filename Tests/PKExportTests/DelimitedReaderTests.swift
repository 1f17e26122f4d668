import Foundation
@testable import PKExport
import Testing

/// csv and tsv as files come: RFC 4180 quoting, either separator, a byte-order mark or none, CRLF or
/// LF, UTF-8 or Windows-1257, and a quote left open reported where it opened.
@Suite struct DelimitedReaderTests {
    func read(_ text: [UInt8], _ format: TableFormat = .csv) throws -> ReadTable {
        try TableReader.read(Data(text), format: format, path: "t.csv")
    }

    func cells(_ text: String, _ format: TableFormat = .csv) throws -> [[String]] {
        try read(Array(text.utf8), format).rows.map(\.cells)
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        #expect(try cells("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\r\n") == [["a", "b,c", "say \"hi\""], ["two\r\nlines", "", "x"]])
    }

    @Test func semicolonsWhenTheHeaderHasMoreOfThemThanCommas() throws {
        #expect(try cells("Gads;Kods;\"a,b\"\n2019;0016;1,5\n") == [["Gads", "Kods", "a,b"], ["2019", "0016", "1,5"]])
        #expect(try cells("Gads,Kods;x\n") == [["Gads", "Kods;x"]])
    }

    @Test func tabsForTSV() throws {
        #expect(try cells("a\tb,c\n1\t2\n", .tsv) == [["a", "b,c"], ["1", "2"]])
    }

    @Test func byteOrderMarkDroppedAndLineEndsOfEveryKind() throws {
        let table = try read([0xEF, 0xBB, 0xBF] + Array("Gads\r\n1\n2\r3".utf8))
        #expect(table.rows.map(\.cells) == [["Gads"], ["1"], ["2"], ["3"]])
        #expect(table.warnings.isEmpty)
    }

    @Test func rowsKeepTheirSpreadsheetNumbersPastBlankLinesAndQuotedLineBreaks() throws {
        let table = try read(Array("h\n\"a\nb\"\n\n,\nc\n".utf8))
        #expect(table.rows.map(\.number) == [1, 2, 5])
    }

    @Test func windows1257WhenNotUTF8WithAWarning() throws {
        let table = try read([0x4B, 0xE2, 0x6E, 0xE0, 0x6C, 0x73, 0x0A])  // Kānāls in Windows-1257
        #expect(table.rows[0].cells == ["Kānąls"])
        #expect(table.warnings == [.readAsWindows1257(path: "t.csv")])
    }

    @Test func aQuoteLeftOpenIsAnErrorAtTheLineWhereItOpened() throws {
        #expect(throws: TableReadError.quoteOpen("t.csv", line: 3)) { try cells("a\nb\n\"c,d\ne\nf\n") }
        #expect(throws: TableReadError.quoteOpen("t.csv", line: 2)) { try cells("a\n\"x\"\"\n") }
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() throws {
        #expect(try cells("12\"3,x\"y\n") == [["12\"3", "x\"y"]])
    }
}
