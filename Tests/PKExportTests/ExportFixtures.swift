import Foundation
import PKCore
import ZIPFoundation
@testable import PKExport

/// Records and tables the export tests share: the worked example of DOMAIN.md and a service with
/// everything XML and csv must escape in its name.
enum ExportFixtures {
    static let institution = Institution(id: 1, code: "CARN", name: "Carnikavas novada pašvaldība")

    /// 015A Iesniegums Carnikavai, 2019: 2378/2245 on e-latvija, 2100/2100 in person, 4 complaints, 10 delays.
    static var workedExample: StatisticsRecord {
        let service = Service(id: 1, code: "015A", name: "Iesniegums Carnikavai", institution: institution,
                              channels: [.eLatvija, .klatiene], isPublished: true)
        var record = StatisticsRecord.newDraft(of: service, year: 2019)
        _ = try! record.set(.eLatvija, ChannelCounts(started: 2378, completed: 2245))
        _ = try! record.set(.klatiene, ChannelCounts(started: 2100, completed: 2100))
        try! record.setComplaints(4)
        try! record.setDelays(10)
        _ = try! record.computeIndicators()
        record.updated = Timestamp(iso: "2019-12-17 09:43:01")
        return record
    }

    static let trickyName = "A & B <c> \"d\" 'e'\nline two _x0041_"

    /// A table with one text cell of `text` under a one-column header.
    static func oneCell(_ text: String, title: String = "2019") -> ExportTable {
        ExportTable(title: title, header: ["Pakalpojums"], rows: [[.text(text)]])
    }

    /// The parts of an xlsx package, by path, read back with ZIPFoundation.
    static func parts(_ package: [UInt8]) throws -> [String: Data] {
        let archive = try Archive(data: Data(package), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }

    /// One part of the xlsx of `table`, as text.
    static func part(_ path: String, of table: ExportTable) throws -> String {
        String(decoding: try parts(XLSXExporter().encode(table))[path] ?? Data(), as: UTF8.self)
    }
}
