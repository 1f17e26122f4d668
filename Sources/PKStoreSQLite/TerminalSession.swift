import Foundation

/// The terminal session pks runs in, as the login slow-down knows it: the controlling terminal and the
/// session it belongs to (its leader's process number and start time, so a reused number is another
/// session). nil without a terminal (a script fed on stdin, a cron job).
enum TerminalSession {
    static var current: String? {
        guard isatty(0) == 1, let name = ttyname(0) else { return nil }
        let session = getsid(0)
        guard session > 0 else { return nil }
        return "\(String(cString: name)) session \(session) started \(startTime(of: session) ?? "?")"
    }

    /// A process's start time in clock ticks since boot (field 22 of /proc/PID/stat), or nil.
    private static func startTime(of process: pid_t) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        return fields.count > 19 ? String(fields[19]) : nil
    }
}
