import Testing
import MufakatDomain

@Suite struct IndonesianListTests {
    @Test func joinsAsAListInASentence() {
        #expect(IndonesianList.join([]) == "")
        #expect(IndonesianList.join(["Kota Bandung"]) == "Kota Bandung")
        #expect(IndonesianList.join(["Kota Bandung", "Kota Cimahi"]) == "Kota Bandung dan Kota Cimahi")
        #expect(IndonesianList.join(["A", "B", "C"]) == "A, B, dan C")
        #expect(IndonesianList.join(["A", "B", "C"], conjunction: "atau") == "A, B, atau C")
    }
}
