import Foundation
import PKTestSupport
import Testing

/// No clear-text password in the database file (and its WAL; on PostgreSQL the server keeps SCRAM
/// verifiers made in pks) or anywhere under HOME, after the passwords have been used for user add, login,
/// a failed login and passwd.
@Suite struct ClearTextPasswordTests {
    @Test(arguments: TestBackend.available)
    func passwordsAppearNowhereOnDisk(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let passwords = ["Slepena-Parole-Pirmā", "Otra-Slepenā-Parole-42", "Nepareiza-Parole-Zz"]
        #expect(database.run(["login admin", "user add zane --name Zane --institution CARN --until 2027-01-01"],
                             environment: ["PKS_NEW_PASSWORD": passwords[0]]).status == 0)
        #expect(database.run(["login zane", "passwd"],
                             environment: ["PKS_PASSWORD": passwords[0], "PKS_NEW_PASSWORD": passwords[1]]).status == 0)
        #expect(database.run(["login zane"], environment: ["PKS_PASSWORD": passwords[2]]).status == 3)
        #expect(database.run(["login zane", "whoami"], now: "2020-03-02T10:16:00",
                             environment: ["PKS_PASSWORD": passwords[1]]).status == 0)
        let files = FileManager.default.enumerator(at: database.folder, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
        if backend == .sqlite { #expect(files.contains { $0.lastPathComponent == "pks.sqlite" }) }
        for file in files {
            let bytes = try Data(contentsOf: file)
            for password in passwords {
                #expect(bytes.range(of: Data(password.utf8)) == nil, "\(password) found in \(file.lastPathComponent)")
            }
        }
    }
}
