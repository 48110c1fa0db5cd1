import Testing

@testable import ClaimKit

@Suite struct CharsetDecoderTests {
    private func text(_ decoded: CharsetDecoder.Decoded) -> String { String(decoding: decoded.utf8, as: UTF8.self) }

    @Test func utf8BOMIsRemovedAndNamed() {
        let decoded = CharsetDecoder.decode([0xEF, 0xBB, 0xBF] + Array("café".utf8), isHTML: false)
        #expect(text(decoded) == "café")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.source == "bom")
    }

    @Test func utf16LittleEndianBOM() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Ağ".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = CharsetDecoder.decode(bytes, isHTML: true)
        #expect(text(decoded) == "Ağ")
        #expect(decoded.encoding == "UTF-16LE")
    }

    @Test func utf16BigEndianWithoutBOMIsRecognisedByItsNULPattern() {
        var bytes: [UInt8] = []
        for unit in "<p>Hello world</p>".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let decoded = CharsetDecoder.decode(bytes, isHTML: true)
        #expect(text(decoded) == "<p>Hello world</p>")
        #expect(decoded.encoding == "UTF-16BE")
        #expect(decoded.source == "utf16-pattern")
    }

    @Test func metaCharsetWindows1252IsHonouredForSingleByteText() {
        let bytes =
            Array("<meta charset=\"iso-8859-1\"><p>caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94] + Array("</p>".utf8)
        let decoded = CharsetDecoder.decode(bytes, isHTML: true)
        #expect(text(decoded).contains("café “q”"))
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.source == "meta")
    }

    @Test func httpEquivContentCharsetIsFound() {
        let bytes = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">".utf8)
        #expect(CharsetDecoder.declaredCharset(bytes) == "windows-1251")
    }

    @Test func charsetOutsideAMetaTagIsIgnored() {
        #expect(CharsetDecoder.declaredCharset(Array("<p>the charset=latin1 option</p>".utf8)) == nil)
    }

    @Test func metaThatLiesAboutWindows1252LosesToValidMultiByteUTF8() {
        let bytes = Array("<meta charset=windows-1252><p>İstanbul’s café</p>".utf8)
        let decoded = CharsetDecoder.decode(bytes, isHTML: true)
        #expect(text(decoded).contains("İstanbul’s café"))
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.source == "utf8-valid")
        #expect(!decoded.notes.isEmpty)
    }

    @Test func undeclaredValidUTF8() {
        let decoded = CharsetDecoder.decode(Array("<p>Zürich</p>".utf8), isHTML: true)
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.source == "utf8-valid")
    }

    @Test func invalidUTF8FallsBackToWindows1252WithANote() {
        let decoded = CharsetDecoder.decode(Array("price ".utf8) + [0x80, 0x35], isHTML: true)
        #expect(text(decoded) == "price €5")
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.source == "fallback")
        #expect(decoded.notes.count == 1)
    }

    @Test func nulBytesAreStripped() {
        let decoded = CharsetDecoder.decode(Array("ab".utf8) + [0] + Array("cd efgh ijkl".utf8), isHTML: false)
        #expect(text(decoded) == "abcd efgh ijkl")
    }

    @Test func labelsFollowBrowsers() {
        #expect(CharsetDecoder.canonicalName("us-ascii") == "windows-1252")
        #expect(CharsetDecoder.canonicalName("latin1") == "windows-1252")
        #expect(CharsetDecoder.canonicalName("utf8") == "UTF-8")
    }
}

@Suite struct MislabelledUTF8Tests {
    @Test func declaredUTF8WithOnlySingleHighBytesIsWindows1252() {
        let bytes =
            Array("<meta charset=utf-8><p>Caf".utf8) + [0xE9] + Array(" owners said ".utf8) + [0x93]
            + Array("twelve".utf8) + [0x94]
        let decoded = CharsetDecoder.decode(bytes, isHTML: true)
        #expect(String(decoding: decoded.utf8, as: UTF8.self).hasSuffix("Café owners said “twelve”"))
        #expect(decoded.encoding == "windows-1252")
    }

    @Test func declaredUTF8WithAStrayBadByteStaysUTF8() {
        let bytes = Array("<meta charset=utf-8><p>İstanbul, Zürich, München ".utf8) + [0xFF]
        let decoded = CharsetDecoder.decode(bytes, isHTML: true)
        #expect(decoded.encoding == "UTF-8")
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("Zürich"))
    }
}
