/// The names of the import messages shared by every layer that reads a table; texts in each language's catalogue.
public enum ImportText: String, MessageKey, CaseIterable {
    case importFailed
    case importCellProblem
    case importMissingColumn
    case importUnknownColumns
    case importDuplicateColumn
    case importUnpairedColumn
    case importMixedLayouts
    case importIncompletePair
    case importInvalidYear
    case importDuplicateRecord
    case importDuplicateChannel
    case importUnknownService
    case importNotPublished
    case importSubmitted
    case importInvalidCode
    case importInvalidName
    case importInvalidDescription
    case importDuplicateService
    case importServiceNamed
    case importServiceOfInstitution
    case importShortRow
    case importValueOutsideHeader
}
