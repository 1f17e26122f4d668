import PKCore

/// The intent-named operations a backend offers inside one of its transactions. Reads return what the
/// database holds (a server also applies its own row-level security); writes stamp their own time.
/// Conflicts with what is stored are thrown as the `StoreError` that names them.
public protocol CatalogueTransaction {
    // MARK: Users and institutions
    func user(id: Int64) throws -> User?
    func user(login: String) throws -> User?
    /// Every user, by institution code and login.
    func users() throws -> [User]
    func institution(code: String) throws -> Institution?
    /// Every institution, by code.
    func institutions() throws -> [Institution]
    func renameInstitution(_ institution: Institution, to name: String) throws
    /// Sets (or, with nil, clears) the institution's contact person.
    func setContact(_ contact: InstitutionContact?, of institution: Institution) throws
    /// Throws `duplicateInstitution` when the code is taken.
    func insertInstitution(code: String, name: String) throws -> Institution
    /// Throws `duplicateLogin` when the login is taken.
    func insertUser(_ user: NewUser, credential: Credential) throws -> User
    /// Sets the last day of the rights and opens them (when closed).
    func renewRights(of user: User, until: CalendarDate) throws
    func closeRights(of user: User) throws
    /// Forgets a login's failed attempts; whether there were any. For backends that slow guessing down themselves.
    func unlockLogin(_ login: String) throws -> Bool
    /// Whether `password` is the user's current one.
    func passwordMatches(_ password: String, of user: User) throws -> Bool
    func replaceCredential(of user: User, with credential: Credential) throws
    /// The cost of new password hashes, for backends that hash passwords themselves.
    func passwordCost() throws -> Int
    func setPasswordCost(_ cost: Int) throws

    // MARK: Service descriptions
    /// The services of one institution (nil: every institution), by code.
    func services(institution: Int64?) throws -> [Service]
    /// The service with exactly this code (case ignored) in one institution (nil: any institution).
    func service(code: String, institution: Int64?) throws -> Service?
    func service(id: Int64) throws -> Service?
    /// Codes and names of one institution's services (nil: every institution's), in no order: what TAB completes.
    func serviceNames(institution: Int64?) throws -> [ServiceName]
    /// Services of one institution (nil: every institution) whose name contains `namePart`, ignoring case and
    /// diacritics, by code; at most `limit` of them, found without reading the others.
    func services(institution: Int64?, namePart: String, limit: Int) throws -> [Service]
    /// Throws `duplicateServiceCode` when the code is taken anywhere in the catalogue.
    func insertService(code: String, name: String, institution: Int64) throws -> Service
    /// Makes the description's channels these, keeping the contact and hours of those it had before.
    func setChannels(_ channels: Set<Channel>, of service: Service) throws
    func publish(_ service: Service) throws
    func unpublish(_ service: Service) throws
    func renameService(_ service: Service, to name: String) throws
    /// Sets (or, with nil, clears) the short description.
    func describeService(_ service: Service, as text: String?) throws
    /// Deletes the description, its channels' details and its draft records (the caller has checked that
    /// none is submitted).
    func deleteService(_ service: Service) throws
    /// Contact and working hours of each channel on the description, in the catalogue's order.
    func channelCards(of service: Service) throws -> [ChannelCard]
    /// Sets (or, with nil, clears) where a channel of the description is reached.
    func setContact(_ contact: String?, of channel: Channel, service: Service) throws
    /// Replaces a channel's working hours.
    func setHours(_ hours: WorkingHours, of channel: Channel, service: Service) throws
    /// Published services of an institution (nil: every institution) without a record for the year, by code.
    func servicesMissingRecords(institution: Int64?, year: Int) throws -> [Service]

    // MARK: Statistics records
    /// The records that match, with their counts, by service code and year.
    func records(_ filter: RecordFilter) throws -> [StatisticsRecord]
    /// The institutions' years that have records matching `filter` (its service is ignored), by year, then
    /// institution code: what an export reads one at a time.
    func recordGroups(_ filter: RecordFilter) throws -> [RecordGroup]
    func recordStatus(service: Int64, year: Int) throws -> RecordStatus?
    /// Inserts a new draft at revision 1; throws `recordExists` when the service has one for the year.
    func insertRecord(_ record: StatisticsRecord, by user: User) throws -> (id: Int64, updated: Timestamp)
    /// Inserts new drafts at revision 1, as `insertRecord` does one by one but in one go: an import's thousands.
    func insertRecords(_ records: [StatisticsRecord], by user: User) throws
    /// Updates a draft stored at `record.revision`; nil when no draft is stored at that revision.
    func updateRecord(_ record: StatisticsRecord, by user: User) throws -> Timestamp?
    func submitRecord(id: Int64, by user: User) throws
    /// Turns a submitted record back into a draft, its figures as they are.
    func reopenRecord(id: Int64, by user: User) throws

    // MARK: The national overview
    /// Every institution, whether or not it has services, with its services and records of the year.
    func institutionProgress(year: Int) throws -> [InstitutionProgress]
    /// Sums per channel over the year's submitted records.
    func submittedChannelTotals(year: Int) throws -> [Channel: ChannelCounts]

    // MARK: The audit trail
    func appendAudit(_ entry: AuditRecord) throws
    /// Entries in their order, in one go: an import's thousands.
    func appendAudits(_ entries: [AuditRecord]) throws
    /// The entries that match, newest first (by time, then by order of writing).
    func auditTrail(_ filter: AuditFilter) throws -> [AuditEntry]

    // MARK: Exports
    /// Each group's records (one institution's year) in turn, by service code, each with its counts, as exports
    /// write them, handed to `each` as they are read, `ExportRecordRows.batchSize` at a time; an error of `each`
    /// is rethrown.
    func exportRecords(_ groups: [RecordGroup], _ each: ([ExportRecord]) throws -> Void) throws
}
