import Foundation
import Testing

@testable import AkomaNtoso

@Suite struct RoundTripTests {
    static let wellFormed = Samples.all.filter { $0 != Samples.malformed }

    @Test(arguments: [nil, "  ", "\t"] as [String?])
    func parseWriteParseGivesAnEqualModel(indent: String?) throws {
        for url in Self.wellFormed {
            let first = try AKNParser().parse(contentsOf: url).document
            let written = XMLWriter(indent: indent).string(for: first)
            let second = try AKNParser().parse(Data(written.utf8), file: url.lastPathComponent + " (rewritten)").document
            #expect(first == second, "\(url.lastPathComponent) changed in a round trip (indent: \(String(describing: indent)))")
            // Writing is deterministic: the re-read tree writes the same bytes.
            #expect(XMLWriter(indent: indent).string(for: second) == written)
        }
    }

    @Test func statutoryTextSurvivesARoundTripExactly() throws {
        let url = Samples.named("uk-legislation-gov-uk/uk_pga_1998_29.xml")
        let document = try AKNParser().parse(contentsOf: url).document
        let rewritten = try AKNParser().parse(Data(XMLWriter(indent: "  ").string(for: document).utf8)).document
        #expect(document.provisions.map(\.text) == rewritten.provisions.map(\.text))
        #expect(PlainText.text(of: document.root) == PlainText.text(of: rewritten.root))
    }

    @Test func whitespaceInMixedContentAndExtensionsIsKept() throws {
        let xml = """
            <akomaNtoso xmlns="\(AKNNamespace.v3)" xmlns:x="urn:x"><act><body>
              <section eId="sec_1"><num>1</num>
                <content><p>A <b>bold</b> <i>word</i></p><x:note> <x:a/> </x:note></content>
              </section></body></act></akomaNtoso>
            """
        let document = try AKNParser().parse(Data(xml.utf8)).document
        let section = try #require(document.hierarchy.first)
        #expect(section.element.children.count == 2)  // num, content: indentation dropped
        let paragraph = try #require(section.content?.child("p"))
        #expect(paragraph.textContent == "A bold word")
        let note = try #require(section.content?.elements.last)
        #expect(note.children.count == 3)  // foreign namespace: whitespace kept
    }
}
