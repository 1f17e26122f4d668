import PKCore
import Testing
@testable import PKExport

@Suite struct DelimitedExporterTests {
    /// No byte-order mark: a program reading UTF-8 would take it for part of the first column's name.
    @Test func csvHasNoByteOrderMarkAndEndsLinesWithCRLF() throws {
        let bytes = try DelimitedExporter.csv.encode(ExportFixtures.oneCell("Būvatļauja"))
        #expect(String(decoding: bytes, as: UTF8.self) == "Pakalpojums\r\nBūvatļauja\r\n")
    }

    @Test func excelCSVHasSemicolonsAndAByteOrderMark() throws {
        let bytes = try DelimitedExporter.excelCSV.encode(ExportTable(title: "2019", header: ["Kods", "Pakalpojums"],
                                                                      rows: [[.text("015A"), .text("a;b")]]))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "Kods;Pakalpojums\r\n015A;\"a;b\"\r\n")
    }

    @Test func tsvHasNoByteOrderMarkAndEndsLinesWithLF() throws {
        let bytes = try DelimitedExporter.tsv.encode(ExportFixtures.oneCell("Būvatļauja"))
        #expect(String(decoding: bytes, as: UTF8.self) == "Pakalpojums\nBūvatļauja\n")
    }

    @Test func fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() throws {
        let csv = String(decoding: try DelimitedExporter.csv.encode(ExportFixtures.oneCell(ExportFixtures.trickyName)), as: UTF8.self)
        #expect(csv == "Pakalpojums\r\n\"A & B <c> \"\"d\"\" 'e'\nline two _x0041_\"\r\n")
        let tsv = String(decoding: try DelimitedExporter.tsv.encode(ExportFixtures.oneCell("a\tb")), as: UTF8.self)
        #expect(tsv == "Pakalpojums\n\"a\tb\"\n")
    }

    @Test func theWorkedExampleRowIsTheSpecsRow() throws {
        let csv = String(decoding: try DelimitedExporter.csv.encode(RecordTable.table(of: [ExportFixtures.workedExample], title: "2019")), as: UTF8.self)
        #expect(csv.hasSuffix("\r\n2019,015A,Iesniegums Carnikavai,melnraksts,2019-12-17 09:43:01,,,,,,,2378,2245,,,,,2100,2100,,,,,,,,,4478,4345,4,10,94.41,53.10\r\n"))
    }

    @Test(arguments: ["\r", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"])
    func everyKindOfLineBreakIsQuoted(_ lineBreak: String) throws {
        let field = "a\(lineBreak)b"
        let csv = String(decoding: try DelimitedExporter.csv.encode(ExportFixtures.oneCell(field)), as: UTF8.self)
        #expect(csv == "Pakalpojums\r\n\"\(field)\"\r\n")
        #expect(field.contains { $0.isNewline })
    }

    @Test func fieldsWithoutBreaksOrSeparatorsStayBare() throws {
        // The ellipsis (E2 80 A6) and a non-breaking space (C2 A0) begin as U+2028 (E2 80 A8) and NEL
        // (C2 85) do, but are no line breaks.
        let fields = ["Ā", "a…b", "a\u{A0}b", "semi;colon"]
        let table = ExportTable(title: "t", header: ["A", "B", "C", "D"], rows: [fields.map(ExportCell.text)])
        let csv = String(decoding: try DelimitedExporter.csv.encode(table), as: UTF8.self)
        #expect(csv == "A,B,C,D\r\nĀ,a…b,a\u{A0}b,semi;colon\r\n")
        let excel = String(decoding: try DelimitedExporter.excelCSV.encode(table).dropFirst(3), as: UTF8.self)
        #expect(excel == "A;B;C;D\r\nĀ;a…b;a\u{A0}b;\"semi;colon\"\r\n")
    }

    @Test func numbersPercentagesAndTimestampsAreWrittenAsTheirPlainText() throws {
        let cells: [ExportCell] = [.integer(0), .integer(-42), .integer(Int.max), .percent(Percent(hundredths: 5)),
                                   .percent(Percent(hundredths: 10_000)), .timestamp(Timestamp(iso: "2019-01-02 03:04:05")!), .empty]
        let table = ExportTable(title: "t", header: cells.map { _ in "x" }, rows: [cells])
        let tsv = String(decoding: try DelimitedExporter.tsv.encode(table), as: UTF8.self)
        #expect(tsv.split(separator: "\n").last == Substring(cells.map(\.plainText).joined(separator: "\t")))
        #expect(tsv.hasSuffix("0\t-42\t9223372036854775807\t0.05\t100.00\t2019-01-02 03:04:05\t\n"))
    }

    @Test func integersOfEveryLengthAreWrittenInDecimal() throws {
        let values = [7, 10, 99, 12_345, 99_999_999, 100_000_000, 1_000_000_007, -9, -100_000_000, Int.min]
        let table = ExportTable(title: "t", header: values.map { _ in "x" }, rows: [values.map(ExportCell.integer)])
        let tsv = String(decoding: try DelimitedExporter.tsv.encode(table), as: UTF8.self)
        #expect(tsv.split(separator: "\n").last == Substring(values.map(String.init).joined(separator: "\t")))
    }
}
