import PKCore

/// The names of the table readers' messages (`TableReadError`, `TableWarning`); texts in each language's catalogue.
public enum ReadingText: String, MessageKey, CaseIterable {
    case readAsWindows1257
    case tableUnreadable
    case tableUnknownFormat
    case tableQuoteOpen
    case tableEmpty
    case xlsxNotAPackage
    case xlsxPartMissing
    case xlsxNoSheet
    case xlsxBadXML
}
