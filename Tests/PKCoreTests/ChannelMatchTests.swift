import PKCore
import Testing

@Suite struct ChannelMatchTests {
    @Test(arguments: Channel.allCases)
    func everyKeyMatchesItsChannel(channel: Channel) throws {
        #expect(try Channel.match(channel.key) == channel)
    }

    @Test(arguments: Channel.allCases)
    func everyLatvianNameMatchesItsChannelInAnyCase(channel: Channel) throws {
        #expect(try Channel.match(channel.latvianName) == channel)
        #expect(try Channel.match(channel.latvianName.uppercased()) == channel)
        #expect(try Channel.match(channel.latvianName.lowercased()) == channel)
    }

    @Test(arguments: [
        ("Klātiene iestādē", Channel.klatiene),
        ("klatiene iestade", .klatiene),
        ("KLATIENE IESTADE", .klatiene),
        ("KLĀTIENE IESTĀDĒ", .klatiene),
        ("e-pakalpojums iestades timeklvietne", .eIestade),
        ("E-PAKALPOJUMS LATVIJA.LV", .eLatvija),
        ("citi elektroniskie kanali", .citiElektroniskie),
        ("E-LATVIJA", .eLatvija),
        ("Vpvkac", .vpvkac),
    ])
    func namesMatchWithAndWithoutDiacritics(text: String, expected: Channel) throws {
        #expect(try Channel.match(text) == expected)
    }

    @Test(arguments: [
        ("e-l", Channel.eLatvija),
        ("e-i", .eIestade),
        ("e-pas", .ePasts),
        ("klat", .klatiene),
        ("KLĀT", .klatiene),
        ("tel", .telefons),
        ("fa", .fakss),
        ("v", .vpvkac),
        ("s", .sms),
        ("citi", .citiElektroniskie),
        ("citi-", .citiElektroniskie),
        ("citi e", .citiElektroniskie),
        ("E-pakalpojums L", .eLatvija),
        ("e-pakalpojums iest", .eIestade),
        ("pasts", .pasts),
    ])
    func uniquePrefixesOfKeysAndNamesMatch(text: String, expected: Channel) throws {
        #expect(try Channel.match(text) == expected)
    }

    @Test func exactSpellingWinsOverBeingAPrefixOfAnother() throws {
        // "cits" is a whole key and also the start of nothing else; "pasts" likewise while "e-pasts" ends in it.
        #expect(try Channel.match("cits") == .cits)
        #expect(try Channel.match("Cits") == .cits)
    }

    @Test func ePrefixIsAmbiguousBetweenThreeChannels() {
        #expect(throws: ChannelMatchError.ambiguous("e-", [.eIestade, .eLatvija, .ePasts])) {
            try Channel.match("e-")
        }
    }

    @Test func ePakalpojumsIsAmbiguousBetweenTheTwoEServiceChannels() {
        #expect(throws: ChannelMatchError.ambiguous("E-pakalpojums", [.eIestade, .eLatvija])) {
            try Channel.match("E-pakalpojums")
        }
    }

    @Test func ambiguityNamesTheCandidates() {
        #expect(throws: ChannelMatchError.ambiguous("c", [.citiElektroniskie, .cits])) { try Channel.match("c") }
    }

    @Test(arguments: ["xyz", "latvija", "e-latvija.lv", "klatienee", "telefons2"])
    func unknownTextIsRefused(text: String) {
        #expect(throws: ChannelMatchError.unknown(text)) { try Channel.match(text) }
    }

    @Test func emptyTextIsUnknownNotAPrefixOfEverything() {
        #expect(throws: ChannelMatchError.unknown("")) { try Channel.match("") }
    }
}
