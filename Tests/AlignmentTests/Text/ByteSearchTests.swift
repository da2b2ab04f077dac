import Testing

@testable import Alignment

@Suite struct ByteSearchTests {
    @Test func findsARunOfBytesAnywhereIncludingTheEnds() {
        let bytes = Array("art. 269A del Código".utf8)
        #expect(ByteSearch.contains(bytes, "269".utf8))
        #expect(ByteSearch.contains(bytes, "art".utf8))
        #expect(ByteSearch.contains(bytes, "digo".utf8))
        #expect(!ByteSearch.contains(bytes, "270".utf8))
        #expect(!ByteSearch.contains(bytes, "Código penal".utf8))
    }

    @Test func anEmptyRunOrAShorterTextHoldsNothing() {
        #expect(!ByteSearch.contains(Array("12".utf8), [UInt8]()))
        #expect(!ByteSearch.contains(Array("1".utf8), "12".utf8))
    }
}
