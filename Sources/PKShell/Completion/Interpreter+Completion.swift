import Foundation
import PKCore
import PKExport

/// TAB completion from the command table: command and subcommand names, options, and argument values
/// by their kind (services, channels, years, files, …), matched without regard to case or diacritics.
extension Interpreter {
    /// Completes the word before the cursor in `textBeforeCursor`.
    public func complete(_ textBeforeCursor: String) -> Completion {
        let line = PartialLine(textBeforeCursor)
        let typed = line.current
        let wanted = TextFolding.fold(typed)
        var seen = Set<String>()
        // Spellings that differ only in case or diacritics (vpvkac, VPVKAC) are one candidate.
        let matches = candidates(after: line.words, typed: typed)
            .filter { $0.folded.hasPrefix(wanted) && seen.insert($0.folded).inserted }
            .sorted(by: Self.completionOrder)
            .map(\.word)
        return Completion(replacing: line.currentLength, typed: typed, matches: matches)
    }

    /// The words that may follow, before matching.
    private func candidates(after words: [Word], typed: String) -> [Candidate] {
        guard let first = words.first else { return commands.commands.flatMap { [$0.name] + $0.aliases }.map(Candidate.init) }
        guard var spec = commands.spec(named: first.text) else { return [] }
        var arguments = words.dropFirst()
        if !spec.subcommands.isEmpty {
            guard let second = arguments.first else { return spec.subcommands.map { Candidate($0.name) } }
            guard let sub = spec.subcommands.first(where: { $0.answers(to: second.text) }) else { return [] }
            spec = sub
            arguments = arguments.dropFirst()
        }
        if typed.hasPrefix("-") {
            let used = Set(arguments.map(\.text)), administrator = session.principal?.user.isAdministrator ?? true
            return spec.options.filter { !used.contains($0.name) && (administrator || !$0.isForAdministrators) }.map { Candidate($0.name) }
        }
        if let previous = arguments.last, previous.isOption,
           let option = spec.options.first(where: { $0.name == previous.text }), let value = option.value {
            return values(of: value.kind, for: spec, typed: typed, after: arguments)
        }
        var position = 0
        var skipValue = false
        for word in arguments {
            if skipValue { skipValue = false; continue }
            if word.isOption {
                skipValue = spec.options.first { $0.name == word.text }?.value != nil
                continue
            }
            position += 1
        }
        guard !spec.parameters.isEmpty else { return [] }
        let last = spec.parameters[spec.parameters.count - 1]
        let parameter = position < spec.parameters.count ? spec.parameters[position] : (last.arity == .oneOrMore ? last : nil)
        return parameter.map { values(of: $0.kind, for: spec, typed: typed, after: arguments) } ?? []
    }

    private func values(of kind: ValueKind, for spec: CommandSpec, typed: String, after arguments: ArraySlice<Word>) -> [Candidate] {
        switch kind {
        case .service:
            let services = spec.group == .statistics ? completionData.ownServices : completionData.catalogueServices
            return Array(services.matching(TextFolding.fold(typed)))
        case .publishedService:
            return Array(completionData.ownPublishedServices.matching(TextFolding.fold(typed)))
        case .channel:
            return Channel.allCases.flatMap { Self.channelWords($0, typed: typed) }.map(Candidate.init)
        case .describedChannel:
            // The description's channels, and those no longer on it that the open record still counts.
            let channels = session.openRecord.map { Array(Set($0.service.channels).union($0.channels)).sorted() } ?? Channel.allCases
            return channels.flatMap { Self.channelWords($0, typed: typed) }.map(Candidate.init)
        case .cardChannel:
            // The channels on the description named just before (`service hours 015A <TAB>`).
            guard let principal = session.principal, let code = arguments.last(where: { !$0.isOption })?.text,
                  let service = try? store.service(by: principal, code) else { return [] }
            return service.channels.flatMap { Self.channelWords($0, typed: typed) }.map(Candidate.init)
        case .helpSubtopic:
            // The subcommands of the family named just before (`help service <TAB>`).
            guard let family = arguments.last(where: { !$0.isOption }).flatMap({ commands.spec(named: $0.text) }) else { return [] }
            return family.subcommands.map { Candidate($0.name) }
        default:
            return words(of: kind, typed: typed).map(Candidate.init)
        }
    }

    private func words(of kind: ValueKind, typed: String) -> [String] {
        switch kind {
        case .hours:
            return Weekday.allCases.flatMap { [$0.letter, $0.englishAbbreviation] }
        case .helpTopic:
            return commands.commands.flatMap { [$0.name] + $0.aliases } + Language.allCases.map(\.rules.channelsTopic)
                + Channel.allCases.map(\.key)
        case .year:
            return ReportingCalendar.acceptedYears(today: configuration.clock.today()).reversed().map(String.init)
        case .format:
            return Exporters.all.map(\.format)
        case .tableFormat:
            return TableFormat.allCases.map(\.rawValue)
        case .file:
            return Self.paths(matching: typed)
        case .userLogin:
            return completionData.logins
        case .institution:
            return completionData.institutions
        case .service, .publishedService, .cardChannel, .channel, .describedChannel, .helpSubtopic, .login, .count, .date, .text:
            return []
        }
    }

    /// A channel's key and Latvian name; once the typed text starts both, only one of them (one channel is
    /// one candidate): the name when it was typed with capitals or long vowels (`Klā`), else the key (`kla`).
    static func channelWords(_ channel: Channel, typed: String) -> [String] {
        let folded = TextFolding.fold(typed)
        let forms = [channel.key, channel.latvianName]
        guard !typed.isEmpty, forms.allSatisfy({ TextFolding.fold($0).hasPrefix(folded) }) else { return forms }
        return [folded == typed ? channel.key : channel.latvianName]
    }

    /// What completion needs from the database, read once and kept until a command may have changed it.
    var completionData: CompletionData {
        if let cached = completionCache { return cached }
        var data = CompletionData()
        if let principal = session.principal {
            let services = (try? store.serviceNames(by: principal)) ?? []
            data.catalogueServices = SortedCandidates(services.flatMap { [Candidate($0.code), Candidate($0.name)] })
            let own = services.filter { $0.institutionID == principal.user.institution.id }
            data.ownServices = SortedCandidates(own.flatMap { [Candidate($0.code), Candidate($0.name)] })
            data.ownPublishedServices = SortedCandidates(own.filter(\.isPublished).flatMap { [Candidate($0.code), Candidate($0.name)] })
            if principal.user.isAdministrator {
                data.logins = ((try? store.users(by: principal)) ?? []).map(\.login)
                data.institutions = ((try? store.institutions(by: principal)) ?? []).map(\.code)
            }
        }
        completionCache = data
        return data
    }

    /// Files and folders (with a trailing `/`) whose names start like the typed path.
    static func paths(matching typed: String) -> [String] {
        let folderPart = typed.contains("/") ? String(typed[...typed.lastIndex(of: "/")!]) : ""
        let expanded = folderPart.hasPrefix("~/") ? NSHomeDirectory() + folderPart.dropFirst() : folderPart
        let folder = expanded.isEmpty ? "." : expanded
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let showHidden = typed.dropFirst(folderPart.count).hasPrefix(".")
        return entries.filter { showHidden || !$0.hasPrefix(".") }.map { entry in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder + "/" + entry, isDirectory: &isFolder)
            return folderPart + entry + (exists && isFolder.boolValue ? "/" : "")
        }
    }

    /// Numbers newest first (years), everything else alphabetically ignoring case and diacritics.
    private static func completionOrder(_ a: Candidate, _ b: Candidate) -> Bool {
        if let x = Int(a.word), let y = Int(b.word) { return x > y }
        return (a.folded, a.word) < (b.folded, b.word)
    }
}

/// A word that may be completed, with its folded form for matching.
struct Candidate {
    let word: String
    let folded: String

    init(_ word: String) {
        self.word = word
        folded = TextFolding.fold(word)
    }
}

/// The database's part of completion for the logged-in user.
struct CompletionData {
    /// Codes and names of every service the user may see, and of the own institution's only, pre-folded.
    var catalogueServices = SortedCandidates([])
    var ownServices = SortedCandidates([])
    /// The own institution's published services: what `add` accepts.
    var ownPublishedServices = SortedCandidates([])
    var logins: [String] = []
    var institutions: [String] = []
}

/// Candidates sorted by their folded form, so the ones starting with a prefix are found by binary search
/// (10,000 services: no scan of 20,000 codes and names on every TAB).
struct SortedCandidates {
    private let items: [Candidate]

    init(_ candidates: [Candidate]) {
        items = candidates.sorted { $0.folded < $1.folded }
    }

    /// The candidates whose folded form starts with `prefix`.
    func matching(_ prefix: String) -> ArraySlice<Candidate> {
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle].folded < prefix { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < items.count, items[end].folded.hasPrefix(prefix) { end += 1 }
        return items[low..<end]
    }
}
