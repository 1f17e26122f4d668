/// What the trainer chose before a command in teaching mode.
public enum DemoStep: Sendable {
    case run, skip, quit
    /// Back to the step before (its narration and command).
    case back
    /// Clear the screen and show this step again.
    case clearScreen
}

/// Teaching mode (`pks demo FILE.pks`): narration comments are shown, each command is shown with the
/// prompt and run only after the trainer says so. `##` lines are notes for the trainer, not narrated.
extension Interpreter {
    public func demo(_ reader: inout some LineSource, named name: String, ask: (String) -> DemoStep) {
        var lines: [String] = []
        do {
            while let line = try reader.next() { lines.append(line) }
        } catch {
            location = SourceLocation(file: name, line: reader.lineNumber)
            return fail(error)
        }
        // A step is the narration after the previous command and its own command; where each shown one began.
        var index = 0, stepStart = 0
        var shownSteps: [Int] = []
        while index < lines.count && !wantsToQuit {
            let line = lines[index], number = index + 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            index += 1
            if trimmed.hasPrefix("##") { continue }
            if trimmed.isEmpty || trimmed.first == "#" {
                output(trimmed.isEmpty ? "" : "  " + trimmed.dropFirst().drop { $0 == " " })
                continue
            }
            console.write(prompt + line)
            switch ask("   " + text(.demoStepPrompt) + " ") {
            case .run: execute(line, at: SourceLocation(file: name, line: number))
            case .skip: output("  " + text(.demoSkipped))
            case .quit: return output("  " + text(.demoEnded, ["location": "\(name):\(number)"]))
            case .back:
                index = shownSteps.popLast() ?? stepStart
                stepStart = index
                continue
            case .clearScreen:
                console.write("\u{1B}[H\u{1B}[2J")
                index = stepStart
                continue
            }
            shownSteps.append(stepStart)
            stepStart = index
        }
    }
}
