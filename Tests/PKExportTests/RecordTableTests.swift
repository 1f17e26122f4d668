import Testing
@testable import PKExport

@Suite struct RecordTableTests {
    @Test func theLongLayoutHasOneRowPerChannelOnTheRecord() {
        let table = RecordTable.table(of: [ExportFixtures.workedExample], title: "2019", layout: .long)
        #expect(table.header == ["Gads", "Kods", "Pakalpojums", "Kanāls", "Uzsākti", "Pabeigti"])
        #expect(table.rows == [
            [.integer(2019), .text("015A"), .text("Iesniegums Carnikavai"), .text("E-pakalpojums Latvija.lv"), .integer(2378), .integer(2245)],
            [.integer(2019), .text("015A"), .text("Iesniegums Carnikavai"), .text("Klātiene iestādē"), .integer(2100), .integer(2100)],
        ])
    }

    @Test func theInstitutionColumnFollowsTheYear() {
        for layout in ExportLayout.allCases {
            let table = RecordTable.table(of: [ExportFixtures.workedExample], title: "2019", layout: layout, institutionColumn: true)
            #expect(table.header.prefix(3) == ["Gads", "Iestāde", "Kods"])
            #expect(table.rows.allSatisfy { $0[1] == .text("CARN") && $0.count == table.header.count })
        }
    }

    @Test func theWideLayoutHasTheSpecsColumns() {
        let table = RecordTable.table(of: [ExportFixtures.workedExample], title: "2019")
        #expect(table.header.count == 5 + 22 + 6)
        #expect(table.rows[0].count == table.header.count)
        #expect(table.rows[0].suffix(2) == [.percent(.init(hundredths: 9441)), .percent(.init(hundredths: 5310))])
    }
}
