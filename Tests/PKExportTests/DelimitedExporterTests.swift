import Testing
@testable import PKExport

@Suite struct DelimitedExporterTests {
    @Test func csvStartsWithAByteOrderMarkAndEndsLinesWithCRLF() {
        let bytes = DelimitedExporter.csv.encode(ExportFixtures.oneCell("Būvatļauja"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "Pakalpojums\r\nBūvatļauja\r\n")
    }

    @Test func tsvHasNoByteOrderMarkAndEndsLinesWithLF() {
        let bytes = DelimitedExporter.tsv.encode(ExportFixtures.oneCell("Būvatļauja"))
        #expect(String(decoding: bytes, as: UTF8.self) == "Pakalpojums\nBūvatļauja\n")
    }

    @Test func fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        let csv = String(decoding: DelimitedExporter.csv.encode(ExportFixtures.oneCell(ExportFixtures.trickyName)).dropFirst(3), as: UTF8.self)
        #expect(csv == "Pakalpojums\r\n\"A & B <c> \"\"d\"\" 'e'\nline two _x0041_\"\r\n")
        let tsv = String(decoding: DelimitedExporter.tsv.encode(ExportFixtures.oneCell("a\tb")), as: UTF8.self)
        #expect(tsv == "Pakalpojums\n\"a\tb\"\n")
    }

    @Test func theWorkedExampleRowIsTheSpecsRow() {
        let csv = String(decoding: DelimitedExporter.csv.encode(RecordTable.table(of: [ExportFixtures.workedExample], title: "2019")), as: UTF8.self)
        #expect(csv.hasSuffix("\r\n2019,015A,Iesniegums Carnikavai,melnraksts,2019-12-17 09:43:01,,,,,,,2378,2245,,,,,2100,2100,,,,,,,,,4478,4345,4,10,94.41,53.10\r\n"))
    }
}
