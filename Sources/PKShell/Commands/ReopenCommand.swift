import PKCore
import PKStore

/// reopen: an administrator turns a submitted record back into a draft, saying why.
extension CommandSpec {
    private static let reopenInstitution = OptionSpec.value("--institution", .metaCode, .institution, required: true,
                                                      .reopenInstitutionOption)
    private static let reopenReason = OptionSpec.value("--reason", .metaText, .text, required: true, .reopenReasonOption)

    static let reopen = CommandSpec(
        "reopen", group: .administration, parameters: [.service], options: [reopenInstitution, reopenReason],
        summary: .reopenSummary, details: .reopenDetails
    ) { command in
        let arguments = command.arguments, year = command.session.year
        let record = try command.store.reopen(by: command.principal, service: arguments.required(.service),
                                              institution: arguments.required(reopenInstitution), year: year,
                                              reason: arguments.required(reopenReason))
        command.shell.inform(.recordReopened, ["year": year, "code": record.service.code,
                                               "institution": record.service.institution.code])
    }
}
