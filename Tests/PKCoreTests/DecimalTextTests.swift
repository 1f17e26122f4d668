import Testing
import PKCore

@Suite struct DecimalTextTests {
    private func decimal(_ value: Int, width: Int = 1) -> String {
        var bytes: [UInt8] = []
        DecimalText.append(value, width: width, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [0, 5, 10, 99, 12_345, 99_999_999, 100_000_000, 100_000_001, 1_234_567_890_123, Int.max, -1, -100_000_000, Int.min])
    func writesWhatStringWrites(_ value: Int) {
        #expect(decimal(value) == String(value))
    }

    @Test func padsWithZerosToTheWidth() {
        #expect(decimal(7, width: 2) == "07")
        #expect(decimal(2019, width: 4) == "2019")
        #expect(decimal(2019, width: 2) == "2019")
        #expect(decimal(0, width: 3) == "000")
        #expect(decimal(42, width: 10) == "0000000042")
        #expect(decimal(100_000_000, width: 12) == "000100000000")
        #expect(decimal(123_000_000_045, width: 1) == "123000000045")
    }
}
