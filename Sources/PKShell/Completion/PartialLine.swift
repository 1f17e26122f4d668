/// A line being typed, split for completion: the finished words, and the word under the cursor as
/// typed so far (its text without quotes, how many characters it spans, and an open quote if any).
struct PartialLine: Equatable {
    let words: [Word]
    let current: String
    /// Characters the current word spans in the line, quotes included: what a completion replaces.
    let currentLength: Int

    init(_ text: String) {
        do {
            let all = try Lexer.words(text)
            let endsInBlank = text.last.map { $0 == " " || $0 == "\t" } ?? true
            if endsInBlank || all.isEmpty {
                self.init(words: all, current: "", length: 0)
            } else {
                let last = all[all.count - 1]
                self.init(words: Array(all.dropLast()), current: last.text, length: text.count - last.column + 1)
            }
        } catch .unterminatedQuote(_, let column) {
            let before = String(text.prefix(column - 1))
            let words = (try? Lexer.words(before)) ?? []
            self.init(words: words, current: String(text.dropFirst(column)), length: text.count - column + 1)
        } catch {
            self.init(words: (try? Lexer.words(String(text.dropLast()))) ?? [], current: "", length: 0)
        }
    }

    private init(words: [Word], current: String, length: Int) {
        self.words = words
        self.current = current
        currentLength = length
    }
}
