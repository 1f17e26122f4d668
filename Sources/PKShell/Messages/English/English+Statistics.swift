import PKCore

extension Catalogue {
    /// Help of statistics: add, edit, save, close, submit, set, complaints, delays, compute, in English.
    static func englishStatisticsHelp(_ key: HelpText) -> String? {
        switch key {
        case .metaService: "SERVICE"
        case .metaChannel: "CHANNEL"
        case .metaStarted: "STARTED"
        case .metaCompleted: "COMPLETED"
        case .metaNumber: "N"
        case .addSummary: "create the year's draft record of a service and open it (Pievienot)"
        case .addDetails: "SERVICE is a code (015A) or a unique part of the name. The service must be published and have no record for the year yet (then use edit)."
        case .editSummary: "open the year's saved draft of a service (Labot)"
        case .saveSummary: "save the open record as a draft (Saglabāt)"
        case .discardOption: "drop unsaved changes"
        case .closeSummary: "leave the open record; refuses while there are unsaved changes unless --discard"
        case .yesOption: "do not ask for confirmation"
        case .submitSummary: "submit a saved record (Iesniegt); it becomes read-only"
        case .submitDetails: "Without SERVICE, the open record. Runs the rules of check and refuses a record with errors, naming them; its warnings are shown first. Asks for confirmation at a terminal unless --yes. --all submits every draft of the year that check passes and lists what it held back."
        case .submitAllOption: "every draft of the year that check passes"
        case .checkSummary: "check the year's drafts before submitting: errors (block submit) and warnings"
        case .checkDetails: "Without SERVICE, every draft of the year; with SERVICE, that record. Each finding names the rule (its identifier in brackets). Errors: counts on a channel no longer on the description, indicators older than the counts, an e-service never computed, unsaved changes. Warnings: completed above started, success above 100 %, complaints or delays above started, a described channel left at 0/0, a change of more than ×3 from last year's submitted record on a channel with 100 requests or more, all counts zero. Exit status 1 when there is an error."
        case .setSummary: "counts of one channel of the open record"
        case .setDetails: "CHANNEL is a key (e-latvija), a Latvian name (\"Klātiene iestādē\", case and diacritics ignored) or a unique prefix; it must be on the service's description. Counts are whole numbers from 0 to 1 000 000 000."
        case .unsetSummary: "clear one channel's counts of the open record"
        case .unsetDetails: "A channel of the description goes back to zero; a channel taken off the description since the counts were entered leaves the record (so does set CHANNEL 0 0)."
        case .complaintsSummary: "number of complaints of the open record (Sūdzības)"
        case .delaysSummary: "number of delays of the open record (Kavējumi)"
        case .computeSummary: "compute the quality indicators of the open record, e-services only (Aprēķināt)"
        case .computeDetails: "success = 100 × completed ÷ started over the e-service channels; usage = 100 × started over e-service channels ÷ started over all channels. Refused while a channel taken off the description still has counts. Save afterwards."
        default: nil
        }
    }

    /// What the shell says: statistics: add, edit, save, close, submit, set, complaints, delays, compute, in English.
    static func englishStatistics(_ key: ShellText) -> String? {
        switch key {
        case .recordCreated: "new {year} record of {code} {name}; channels: {channels}. Enter counts with set, then save."
        case .draftOpened: "opened the {year} draft of {code} {name}"
        case .draftOpenedUpdated: "opened the {year} draft of {code} {name}, last updated {updated}"
        case .nothingToSave: "nothing to save: the {year} draft of {code} is as saved ({updated})"
        case .draftSaved: "saved the {year} draft of {code} ({updated})"
        case .indicatorsNotUpToDate: "the quality indicators of {code} are not up to date; run compute, then save, before submit"
        case .indicatorsNeverComputed: "the quality indicators of {code} were never computed; run compute, then save, before submit"
        case .recordClosed: "closed {code}"
        case .recordClosedDiscarded: "closed {code}; unsaved changes discarded"
        case .confirmSubmit: "Submit the {year} record of {code} {name}? It becomes read-only."
        case .recordSubmittedNow: "submitted the {year} record of {code}; it is now read-only"
        case .confirmSubmitAll: "Submit {n} {n:draft|drafts} of {year} that check passes? {n:It becomes|They become} read-only."
        case .heldBack: "{code} held back: {reasons}"
        case .submitWarning: "{code}: {finding}"
        case .submitAllTally: "{n} {n:draft|drafts} of {year} submitted, {held} held back"
        case .serviceWithAll: "submit --all takes no SERVICE ('{service}'); give one or the other"
        case .nothingToCheck: "no {year} drafts to check"
        case .checkTally: "{n} {n:record|records} checked: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}"
        case .checkFoundErrors: "{n} {n:record has|records have} errors, which submit refuses; mend them first"
        case .countsSet: "{channel}: started {started}, completed {completed}"
        case .countsCleared: "{channel}: counts cleared"
        case .countsRemoved: "{channel}: counts removed; the channel is no longer on the description"
        case .complaintsSet: "complaints: {n}"
        case .delaysSet: "delays: {n}"
        default: nil
        }
    }
}
