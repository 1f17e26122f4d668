/// What the trainer chose before a command in teaching mode.
public enum DemoStep: Sendable {
    case run, skip, quit
}

/// Teaching mode (`pks demo FILE.pks`): narration comments are shown, each command is shown with the
/// prompt and run only after the trainer says so.
extension Interpreter {
    public func demo(_ reader: inout some LineSource, named name: String, ask: (String) -> DemoStep) {
        while !wantsToQuit {
            let line: String?
            do {
                line = try reader.next()
            } catch {
                location = SourceLocation(file: name, line: reader.lineNumber)
                return fail(error)
            }
            guard let line else { return }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                output("")
                continue
            }
            if trimmed.first == "#" {
                output("  " + trimmed.dropFirst().drop { $0 == " " })
                continue
            }
            console.write(prompt + line)
            switch ask("   " + text(.demoStepPrompt) + " ") {
            case .run: execute(line, at: SourceLocation(file: name, line: reader.lineNumber))
            case .skip: output("  " + text(.demoSkipped))
            case .quit: return output("  " + text(.demoEnded, ["location": "\(name):\(reader.lineNumber)"]))
            }
        }
    }
}
