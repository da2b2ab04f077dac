import Foundation
import Testing

@testable import AkomaNtoso

/// Inputs written to hurt a parser: each must fail with a positioned error, read nothing outside the input, and
/// return quickly.
@Suite struct HostileInputTests {
    static let akn = AKNNamespace.v3

    func failure(_ xml: String, file: String = "hostile.xml") -> AKNParseError? {
        failure(Data(xml.utf8), file: file)
    }

    func failure(_ data: Data, file: String = "hostile.xml") -> AKNParseError? {
        do {
            _ = try AKNParser().parse(data, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func billionLaughsIsRefusedAtItsDoctype() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <akomaNtoso xmlns="\(Self.akn)"><act><body><p>&lol9;</p></body></act></akomaNtoso>
            """
        let error = try #require(failure(xml))
        #expect(error.kind == .refused)
        #expect(error.diagnostics.first?.description == "hostile.xml:2:1: error: document has a DOCTYPE declaration; lexalign refuses DTDs and entity declarations (Akoma Ntoso needs none)")
    }

    @Test func externalEntityIsNeverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-xxe-\(UUID().uuidString).txt")
        try "TOP-SECRET-MARKER".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = """
            <?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
            <akomaNtoso xmlns="\(Self.akn)"><act><body><p>&xxe;</p></body></act></akomaNtoso>
            """
        let error = try #require(failure(xml))
        #expect(error.kind == .refused)
        #expect(error.diagnostics.first?.line == 1)
        #expect(!error.description.contains("TOP-SECRET-MARKER"))
        // The outline reader applies the same rule.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lexalign-xxe-\(UUID().uuidString).xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: AKNParseError.self) { try AKNParser().outline(contentsOf: file) }
    }

    @Test func doctypeAfterCommentsAndInUTF16IsStillRefused() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!-- c -->\n<!DOCTYPE a SYSTEM \"file:///etc/passwd\">\n<akomaNtoso xmlns=\"\(Self.akn)\"/>"
        let afterComment = try #require(failure(xml.replacingOccurrences(of: "UTF-16", with: "UTF-8")))
        #expect(afterComment.diagnostics.first?.line == 3)
        var utf16 = Data([0xFF, 0xFE])
        for unit in xml.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let error = try #require(failure(utf16))
        #expect(error.kind == .refused)
        #expect(!error.description.contains("root:"))
    }

    @Test func deepNestingFailsCleanly() throws {
        let depth = 10_000
        let xml = "<akomaNtoso xmlns=\"\(Self.akn)\">" + String(repeating: "<hcontainer>", count: depth)
            + String(repeating: "</hcontainer>", count: depth) + "</akomaNtoso>"
        let error = try #require(failure(xml))
        #expect(error.kind == .malformed)
        let first = try #require(error.diagnostics.first)
        #expect(first.line == 1 && first.column != nil)
        #expect(first.message.contains("256 levels"))
    }

    @Test func invalidUTF8IsReportedWithItsPosition() throws {
        var data = Data("<akomaNtoso xmlns=\"\(Self.akn)\"><act><body><p>caf".utf8)
        data.append(contentsOf: [0xC3, 0x28, 0xFF])
        data.append(Data("</p></body></act></akomaNtoso>".utf8))
        let error = try #require(failure(data))
        #expect(error.kind == .malformed)
        #expect(error.diagnostics.first?.line == 1)
        #expect(error.diagnostics.first?.message.contains("UTF-8") == true)
    }

    @Test func truncatedBinaryAndEmptyInputsFail() throws {
        let truncated = try #require(failure("<akomaNtoso xmlns=\"\(Self.akn)\"><act><body><p>text"))
        #expect(truncated.kind == .malformed)
        #expect(truncated.diagnostics.allSatisfy { $0.file == "hostile.xml" })
        var generator = SystemRandomNumberGenerator()
        let binary = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        #expect(failure(binary) != nil)
        let empty = try #require(failure(Data()))
        #expect(empty.diagnostics.first?.description == "hostile.xml: error: file is empty")
        let whitespace = try #require(failure("   \n  "))
        #expect(whitespace.kind == .malformed)
    }

    @Test func rootsOtherThanAkomaNtosoAreRefusedNamingWhatWasFound() throws {
        let other = try #require(failure("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"))
        #expect(other.kind == .refused)
        #expect(other.diagnostics.first?.message.contains("<html>") == true)
        #expect(other.diagnostics.first?.message.contains("http://www.w3.org/1999/xhtml") == true)
        let unknown = try #require(failure("<akomaNtoso xmlns=\"urn:example\"/>"))
        #expect(unknown.diagnostics.first?.message.contains("urn:example") == true)
    }

    @Test func unreadableFileIsReportedAsSuch() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/lexalign/missing.xml")
        #expect {
            try AKNParser().parse(contentsOf: missing)
        } throws: { error in
            (error as? AKNParseError)?.kind == .unreadable
                && (error as? AKNParseError)?.diagnostics.first?.description.hasPrefix("/nonexistent/lexalign/missing.xml: error: cannot read file") == true
        }
    }
}
