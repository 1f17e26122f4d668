/// One of the eleven channels through which a service is requested and received, in the catalogue's order.
public enum Channel: String, CaseIterable, Sendable, Codable, Comparable {
    case citiElektroniskie = "citi-elektroniskie"
    case cits
    case eIestade = "e-iestade"
    case eLatvija = "e-latvija"
    case ePasts = "e-pasts"
    case fakss
    case klatiene
    case pasts
    case sms
    case telefons
    case vpvkac

    /// The short key used on command lines and in JSON (`e-latvija`).
    public var key: String { rawValue }

    /// The canonical Latvian name shown in the catalogue and export headers.
    public var latvianName: String {
        switch self {
        case .citiElektroniskie: "Citi elektroniskie kanāli"
        case .cits: "Cits"
        case .eIestade: "E-pakalpojums iestādes tīmekļvietnē"
        case .eLatvija: "E-pakalpojums Latvija.lv"
        case .ePasts: "E-pasts"
        case .fakss: "Fakss"
        case .klatiene: "Klātiene iestādē"
        case .pasts: "Pasts"
        case .sms: "SMS"
        case .telefons: "Telefons"
        case .vpvkac: "VPVKAC"
        }
    }

    /// Whether this is one of the two e-service channels the quality indicators are computed over.
    public var isEService: Bool { self == .eLatvija || self == .eIestade }

    /// Position in the catalogue's order (DOMAIN.md), used for sorting and export columns.
    public var order: Int { Self.inOrder.firstIndex(of: self)! }

    /// `allCases` made once: the synthesised `allCases` builds a new array on every call.
    public static let inOrder = allCases

    /// The place in `inOrder` of the channel whose key (`e-latvija`) is these UTF-8 bytes, as a database
    /// stores it; nil for any other. No `String` is made: an export reads a channel for every count.
    public static func order(ofKey utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        keysUTF8.firstIndex { key in key.withUnsafeBufferPointer(utf8.hasSameBytes) }
    }

    /// Each channel's key as UTF-8, in `inOrder`'s order.
    private static let keysUTF8 = inOrder.map { Array($0.key.utf8) }

    public static func < (lhs: Channel, rhs: Channel) -> Bool { lhs.order < rhs.order }
}
