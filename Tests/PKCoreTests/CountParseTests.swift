import PKCore
import Testing

@Suite struct CountParseTests {
    @Test(arguments: [("0", 0), ("1", 1), ("2378", 2378), ("1000000000", 1_000_000_000), ("007", 7),
                      ("0000000000000000000001", 1)])
    func wholeNumbersFromZeroToOneBillionAreAccepted(text: String, expected: Int) throws {
        #expect(try Count.parse(text) == expected)
    }

    @Test(arguments: ["-1", "-1000", "-2378"])
    func negativeNumbersAreRefusedAsNegative(text: String) {
        #expect(throws: CountError.negative(text)) { try Count.parse(text) }
    }

    @Test(arguments: ["1.5", "abc", "1e3", "", "+5", "-", " 5", "5 ", "1 000", "0x10", "12a", "-1.5", "--1"])
    func nonNumbersAreRefusedAsNotWholeNumbers(text: String) {
        #expect(throws: CountError.notWholeNumber(text)) { try Count.parse(text) }
    }

    @Test(arguments: ["١٢٣", "５", "٣", "²"])
    func nonASCIIDigitsAreRefusedAsNotWholeNumbers(text: String) {
        #expect(throws: CountError.notWholeNumber(text)) { try Count.parse(text) }
    }

    @Test(arguments: ["1000000001", "9999999999", "10000000000", "123456789012345678901234567890",
                      "99999999999999999999999999999999999999"])
    func numbersAboveOneBillionAreRefusedAsTooLarge(text: String) {
        #expect(throws: CountError.tooLarge(text)) { try Count.parse(text) }
    }
}
