import Testing
@testable import MufakatDomain

@Suite struct HexTextTests {
    @Test func bytesAreTwoLowerCaseDigitsEach() {
        let bytes: [UInt8] = [0x00, 0x01, 0x0f, 0x10, 0x9a, 0xab, 0xff]
        let text = bytes.withUnsafeBytes(HexText.lowercase)
        #expect(text == "00010f109aabff")
        #expect([UInt8]().withUnsafeBytes(HexText.lowercase) == "")
    }

    @Test func everyByteAsFoundationWouldWriteIt() {
        for b in 0...255 {
            let byte = UInt8(b)
            let expected = (byte < 16 ? "0" : "") + String(byte, radix: 16)
            #expect([byte].withUnsafeBytes(HexText.lowercase) == expected)
        }
    }

    @Test func numbersAsRadixSixteen() {
        var generator = SystemRandomNumberGenerator()
        var values: [UInt64] = [0, 1, 9, 10, 15, 16, 255, 256, 0xFFFF_FFFF_FFFF, UInt64.max, 1 << 63]
        for _ in 0..<2_000 { values.append(generator.next() >> (generator.next() % 64)) }
        for value in values {
            #expect(HexText.lowercase(value) == String(value, radix: 16), "\(value)")
        }
    }
}
