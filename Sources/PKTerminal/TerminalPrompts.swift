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
        pks_question_begin(1, 0)
        StandardStreams.writeError(prompt)
        defer {
            pks_question_end()
            StandardStreams.writeError("\n")
        }
        return readRawLine()
    }

    /// Shows a prompt and reads one line from the terminal (with echo); nil at end of input, and at once
    /// when Ctrl-C is pressed (the terminal shows `^C` and the next output starts on a fresh line).
    /// `endingKey`, pressed, ends the line at once and is its last character (Ctrl-L in teaching mode).
    public static func readLine(prompt: String, endingKey: UInt8? = nil) -> String? {
        pks_question_begin(0, endingKey ?? 0)
        defer { pks_question_end() }
        StandardStreams.write(prompt)
        StandardStreams.flush()
        let answer = readRawLine(endingKey: endingKey)
        if pks_question_was_interrupted() != 0 || answer == nil {  // Ctrl-C, or Ctrl-D: what follows starts a line
            StandardStreams.write("\n")
            return nil
        }
        return answer
    }

    /// One line from stdin, byte by byte so nothing past the newline is consumed; nil once Ctrl-C is pressed.
    /// The bytes are gathered in one buffer that never grows by copying (a password leaves no stray copies in
    /// freed memory) and is cleared before it is freed. Waiting is a poll that wakes up now and then: a
    /// Ctrl-C pressed just before `read` began would not have interrupted it.
    private static func readRawLine(endingKey: UInt8? = nil) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        var byte: UInt8 = 0
        defer {
            for index in bytes.indices { bytes[index] = 0 }
            byte = 0
        }
        while true {
            if pks_question_was_interrupted() != 0 { return nil }
            var input = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&input, 1, 100)
            if ready == 0 || (ready < 0 && errno == EINTR) { continue }
            let got = read(0, &byte, 1)
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { break }
            if bytes.count < bytes.capacity { bytes.append(byte) }
            if byte == endingKey { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
