import CCrypt
import PKStore
import Synchronization

/// Salted, deliberately slow password hashes with libxcrypt's yescrypt; each hash carries its own parameters
/// (`PasswordCost`: 7, the default, takes about 100 ms on a 2-core machine; 1 under 2 ms, for test databases).
enum PasswordHasher {
    /// A tally of the hashes computed while it is the task's `tally`: what shows that every failed login
    /// costs exactly one.
    final class Tally: Sendable { let hashes = Atomic<Int>(0) }
    @TaskLocal static var tally: Tally?

    /// A new `$y$…` hash of the password with a fresh random salt.
    static func hash(_ password: String, cost: Int) throws(StoreError) -> String {
        guard let hashed = crypt(password, setting: try freshSetting(cost: cost)) else { throw .passwordHashingFailed }
        return hashed
    }

    /// The method and cost part of a hash or setting (`y$jBT` of `$y$jBT$salt$hash`), to tell when to rehash.
    static func parameters(of hash: String) -> String {
        hash.split(separator: "$", omittingEmptySubsequences: false).dropFirst().prefix(2).joined(separator: "$")
    }

    /// Whether a stored hash was made with other parameters than `cost` gives.
    static func needsUpgrade(_ hash: String, cost: Int) throws(StoreError) -> Bool {
        let setting = try freshSetting(cost: cost)
        let fresh = String(decoding: setting.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return parameters(of: hash) != parameters(of: fresh)
    }

    /// A yescrypt setting (`$y$…$salt`) with a fresh random salt at the given cost, as a C string.
    private static func freshSetting(cost: Int) throws(StoreError) -> [CChar] {
        let size = Int(pks_crypt_output_size())
        var setting = [CChar](repeating: 0, count: size)
        guard pks_gensalt_yescrypt(UInt(cost), &setting, Int32(size)) == 0 else { throw .passwordHashingFailed }
        return setting
    }

    /// Computes one hash of the password and forgets it: an unknown login must take the time a wrong
    /// password takes.
    static func spendOneHash(_ password: String, cost: Int) {
        guard let setting = try? freshSetting(cost: cost) else { return }
        _ = crypt(password, setting: setting)
    }

    /// Whether the password matches the stored hash (compared in constant time).
    static func verify(_ password: String, against stored: String) -> Bool {
        guard let candidate = crypt(password, setting: stored.utf8CString.map { $0 }) else { return false }
        let a = Array(candidate.utf8), b = Array(stored.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func crypt(_ password: String, setting: [CChar]) -> String? {
        let size = Int(pks_crypt_output_size())
        var output = [CChar](repeating: 0, count: size)
        var key = Array(password.utf8CString)  // a copy of our own, cleared after use
        defer {
            for index in output.indices { output[index] = 0 }
            for index in key.indices { key[index] = 0 }
        }
        tally?.hashes.add(1, ordering: .relaxed)
        guard pks_crypt(key, setting, &output, Int32(size)) == 0 else { return nil }
        return String(decoding: output.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
