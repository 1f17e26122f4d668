extension Array<String> {
    /// The elements with `separator` between them, as `joined(separator:)` writes them. The stdlib's is generic
    /// over the collection and its first call searches every protocol conformance of the binary (0.27 million
    /// instructions, a twentieth of `pks -c help`; callgrind): the texts shown at start-up are joined here.
    func joinedText(_ separator: String) -> String {
        var text = ""
        for (index, element) in enumerated() {
            if index > 0 { text += separator }
            text += element
        }
        return text
    }
}
