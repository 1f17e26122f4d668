import PKShell
import Testing

@Suite struct SuggestionTests {
    /// Swapped neighbouring letters are the commonest typo; a "did you mean" should catch them.
    @Test(arguments: [("hlep", "help"), ("stast", "stats"), ("sevrices", "services")])
    func transposedLettersStillGetASuggestion(typed: String, suggestion: String) {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute(typed))
        #expect(shell.console.errors.contains("did you mean '\(suggestion)'?"))
    }
}
