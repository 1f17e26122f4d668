/// The parts of the prompt, so the terminal can colour each.
public enum PromptPart: Sendable {
    case user, year, record, unsaved
}
