import CLibEdit
import CSignals
#if canImport(Glibc)
import Glibc
#endif

/// Questions at the terminal outside the line editor: hidden passwords and answers to questions.
public enum TerminalPrompts {
    /// Reads a line from the terminal with echo off; nil when cancelled with Ctrl-C.
    /// The terminal is restored afterwards, and also when a signal interrupts the prompt.
    public static func readSecret(prompt: String) -> String? {
        StandardStreams.writeError(prompt)
        pks_secret_begin()
        defer {
            pks_secret_end()
            StandardStreams.writeError("\n")
        }
        return readRawLine()
    }

    /// Shows a prompt and reads one line from the terminal (with echo); nil at end of input.
    public static func readLine(prompt: String) -> String? {
        StandardStreams.write(prompt)
        StandardStreams.flush()
        return readRawLine()
    }

    /// One line from stdin, byte by byte so nothing past the newline is consumed. The bytes are gathered in
    /// one buffer that never grows by copying (a password leaves no stray copies in freed memory) and is
    /// cleared before it is freed.
    private static func readRawLine() -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        var byte: UInt8 = 0
        while true {
            let got = read(0, &byte, 1)
            if got < 0 && errno == EINTR && pks_secret_was_interrupted() == 0 { continue }
            if got <= 0 || byte == UInt8(ascii: "\n") { break }
            if bytes.count < bytes.capacity { bytes.append(byte) }
        }
        defer {
            for index in bytes.indices { bytes[index] = 0 }
            byte = 0
        }
        return bytes.isEmpty && byte != UInt8(ascii: "\n") ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
