/// A PostgreSQL array literal (`{"a","b",NULL}`) of text values, each quoted with `"` and `\` escaped:
/// how many rows travel in one parameter, to be taken apart by `unnest`.
enum PostgresArray {
    static func literal(_ values: some Sequence<String?>) -> String {
        var literal = "{", first = true
        for value in values {
            if !first { literal += "," }
            first = false
            guard let value else {
                literal += "NULL"
                continue
            }
            literal += "\""
            for character in value.unicodeScalars {
                if character == "\"" || character == "\\" { literal += "\\" }
                literal.unicodeScalars.append(character)
            }
            literal += "\""
        }
        return literal + "}"
    }
}
