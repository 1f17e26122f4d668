import GRDB
import PKCore

/// Whose records an export covers.
public enum ExportScope: Sendable, Equatable {
    /// The principal's own institution, as every other statistics command.
    case ownInstitution
    /// One institution, by code; administrators only.
    case institution(String)
    /// Every institution; administrators only.
    case allInstitutions
}

/// Records for exports: the institution's own, or — for administrators — one institution's or all.
extension Store {
    /// The records of `year` (nil: every year) in `scope`, ordered by year, institution and service code.
    public func exportRecords(by principal: Principal, scope: ExportScope, year: Int?) throws(StoreError) -> [StatisticsRecord] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            switch scope {
            case .ownInstitution:
                conditions.append("service.institution_id = ?")
                arguments += [try currentUser(db, principal).institution.id]
            case .institution(let code):
                try requireAdministrator(db, principal)
                guard let id = try Int64.fetchOne(cached: db, sql: "SELECT id FROM institution WHERE code = ?", arguments: [code]) else {
                    throw StoreError.unknownInstitution(code)
                }
                conditions.append("service.institution_id = ?")
                arguments += [id]
            case .allInstitutions:
                try requireAdministrator(db, principal)
            }
            if let year {
                conditions.append("record.year = ?")
                arguments += [year]
            }
            let records = try StatisticsRecord.fetchAll(db, where: conditions.isEmpty ? "1" : conditions.joined(separator: " AND "),
                                                        arguments: arguments)
            return records.sorted {
                ($0.year, $0.service.institution.code, $0.service.code) < ($1.year, $1.service.institution.code, $1.service.code)
            }
        }
    }
}
