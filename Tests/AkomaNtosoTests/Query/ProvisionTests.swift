import Foundation
import Testing

@testable import AkomaNtoso

@Suite struct ProvisionTests {
    @Test(arguments: [
        ("Artículo 2°.-", "2°"), ("Section 342.1", "342.1"), ("Art. 154-A.", "154-A"), ("§ 2º-A", "2º-A"),
        (" \u{A0}\"ARTÍCULO 219-A.\n", "219-A"), ("“Art. 5.°—", "5.°"), ("s. 3", "3"), ("Rule 12:", "12"),
        ("ARTICULO 10 BIS.-", "10 BIS"), ("\u{2028}Artigo 154-B;\u{200B}", "154-B"), ("", ""),
        ("Article (16)", "16"), ("(3)", "(3)"), ("[§707-752]", "707-752"), ("§§708-890", "708-890"), ("Arto. 245", "245"),
        ("S 156.05", "156.05"), ("SS 156.05", "156.05"), ("NRS 205.4765", "205.4765"), ("A.R.S. 13-2316.", "13-2316"),
        ("RSMo 569.095", "569.095"), ("CPP 273", "CPP 273"), ("CP 144bis", "CP 144bis"),
    ])
    func numbersLoseTheirLabelAndTrailingSeparators(printed: String, clean: String) {
        #expect(Provision.cleanNumber(printed) == clean)
    }

    /// `cleanNumber` trims as Foundation's `trimmingCharacters(in:)` does, without bridging to `NSString`.
    @Test func trimmingCutsWhatFoundationCuts() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)\(scalar)x\(scalar)y\(scalar)"
            for newlines in [false, true] {
                let foundation = text.trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
                #expect(Provision.trimmed(text[...], newlines: newlines) == foundation, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func provisionsCarryTheirGroupingUnitsOnceReadForAll() throws {
        let document = try AKNParser().parse(Data("""
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
            <chapter eId="chp_1"><num>CAPÍTULO I</num><heading>De los delitos</heading>
            <article eId="art_1"><num>Artículo 1.-</num><content><p>Uno.</p></content></article>
            <article eId="art_2"><num>Artículo 2.-</num><content><p>Dos <mod>Incorpórase al <ref href="/akn/cl/act/codigo-penal">Código Penal</ref>
            el siguiente: <quotedStructure><article eId="art_2__qstr_1__art_269A"><num>Artículo 269A.</num><content><p>Tres.</p></content></article></quotedStructure></mod></p></content></article>
            </chapter><meta/></body></act></akomaNtoso>
            """.utf8)).document
        let provisions = document.provisions
        #expect(provisions.map(\.eId) == ["art_1", "art_2", "art_2__qstr_1__art_269A"])
        #expect(provisions.map(\.num) == ["1", "2", "269A"])
        let chapter = Provision.Ancestor(level: "chapter", eId: "chp_1", num: "CAPÍTULO I", heading: "De los delitos")
        #expect(provisions[0].ancestors == [chapter])
        #expect(provisions[1].ancestors == [chapter])
        // An inserted article stands in the law it goes into: no grouping units of the amending law.
        #expect(provisions[2].ancestors.isEmpty)
        #expect(provisions[2].host?.title == "Código Penal")
        #expect(provisions[2].host?.abbreviation == "CP")
        #expect(provisions[2].host?.insertedByEId == "art_2")
        #expect(provisions[1].text == "Dos Incorpórase al Código Penal el siguiente:")
    }
}
