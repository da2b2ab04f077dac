import Foundation
import Testing

@testable import AkomaNtoso

/// The byte reader of `PlainText` must give exactly what reading `Character` by `Character` gives.
@Suite struct PlainTextTests {
    /// Every way `PlainText` reads an element, by the public entry point (bytes first) and by `Character`.
    func readings(of element: Element) -> [(fast: String, reference: String)] {
        let cases: [(PlainText.Reading, Unicode.Scalar)] = [
            (.element(element, skipping: .editorial), " "), (.element(element, skipping: .meta), "\n"),
            (.provisionBody(element), "\n"),
        ]
        return cases.map { (PlainText.read($0.0, separator: $0.1), PlainText.readByCharacter($0.0, separator: $0.1)) }
    }

    /// The elements of a tree, depth first.
    func elements(of element: Element) -> [Element] {
        [element] + element.elements.flatMap(elements(of:))
    }

    @Test func everyProvisionAndHeadingOfTheSamplesAndTheCorpusReadsAsByCharacter() throws {
        let corpus = Samples.packageRoot.appendingPathComponent("Corpus")
        let corpusFiles = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }
        var compared = 0
        for file in Samples.all + corpusFiles {
            guard let document = try? AKNParser().parse(contentsOf: file).document else { continue }
            for element in elements(of: document.root) {
                // Provisions and the units above them (the body is read as provisions are), their numbers and
                // headings (read inline).
                let isUnit = HierarchyLevel(rawValue: element.name) != nil || element.name == "quotedStructure"
                guard isUnit || element.name == "num" || element.name == "heading" else { continue }
                let pairs = isUnit
                    ? readings(of: element)
                    : [(PlainText.inline(element), PlainText.readByCharacter(.element(element, skipping: .editorial), separator: " "))]
                for (fast, reference) in pairs {
                    #expect(fast == reference, "\(file.lastPathComponent) <\(element.name)> at \(element.location?.description ?? "?")")
                    compared += 1
                }
            }
        }
        #expect(compared > 10_000)
    }

    @Test func whitespaceFoldsAsCharacterIsWhitespaceSays() {
        let paragraph = Element(name: "p", children: [.text("  Art.\u{A0}1\t\r\nEl\u{2003}que\u{200B}acceda  \u{3000}")])
        // U+200B is not white space to `Character`; U+3000 is, but it is not a simple character: read by Character.
        #expect(PlainText.text(of: paragraph) == "Art. 1 El que\u{200B}acceda")
        for (fast, reference) in readings(of: paragraph) { #expect(fast == reference) }
    }

    @Test func characterClustersAreReadAsCharacters() {
        // A space with a combining mark is one white space character: the mark goes with it. A prepended sign
        // with a space is one character that is not white space: the space stays.
        let combining = Element(name: "p", children: [.text("a \u{301}b")])
        #expect(PlainText.text(of: combining) == "a b")
        let prepended = Element(name: "p", children: [.text("x\u{600}  y")])
        #expect(PlainText.text(of: prepended) == "x\u{600}  y")
        let decomposed = Element(name: "p", children: [.text("accede\u{301}  a  datos")])
        #expect(PlainText.text(of: decomposed) == "accede\u{301} a datos")
    }

    @Test func provisionBodyLeavesOutNumberHeadingNotesAndNestedProvisions() {
        let article = Element(name: "article", children: [
            .element(Element(name: "num", children: [.text("Artículo 5.-")])),
            .element(Element(name: "heading", children: [.text("Acceso ilícito")])),
            .element(Element(name: "content", children: [
                .element(Element(name: "p", children: [
                    .text("El que "), .element(Element(name: "b", children: [.text("acceda")])),
                    .text(" sin\nautorización"),
                    .element(Element(name: "authorialNote", children: [.text("nota")])),
                ])),
            ])),
            .element(Element(name: "paragraph", children: [
                .element(Element(name: "num", children: [.text("1.")])), .text("Primero"),
            ])),
            .element(Element(name: "article", children: [.text("inserted")])),
        ])
        #expect(PlainText.provisionBody(article) == "El que acceda sin autorización\n1. Primero")
        #expect(PlainText.inline(article) == "Artículo 5.- Acceso ilícito El que acceda sin autorización 1. Primero inserted")
    }

    @Test func simpleCharactersAreGraphemesOfTheirOwnBesideEachOther() {
        let simple = (UInt32(0)...0x3000).filter(ByteLines.isSimple).compactMap(Unicode.Scalar.init)
        #expect(simple.count > 1_000)
        var joined = 0
        for first in simple {
            for second in simple where !(first == "\r" && second == "\n") {
                var text = String.UnicodeScalarView()
                text.append(first)
                text.append(second)
                if String(text).count != 2 { joined += 1 }
            }
        }
        #expect(joined == 0)
    }

    @Test func simpleWhitespaceIsUnicodeWhitespace() {
        for value in UInt32(0x80)...0x3000 where ByteLines.isSimple(value) {
            let scalar = Unicode.Scalar(value)!
            #expect(ByteLines.isWhitespace(value) == Character(scalar).isWhitespace, "U+\(String(value, radix: 16))")
        }
        for value in UInt32(0)..<0x80 {
            let byteWhitespace = value == 0x20 || (0x09...0x0D).contains(value)
            #expect(byteWhitespace == Character(Unicode.Scalar(value)!).isWhitespace)
        }
    }

    /// Random trees of inline and block elements holding text from every kind of character the fast path meets or
    /// hands over: white space of all kinds, accented letters composed and not, marks, joiners, prepended signs,
    /// emoji, Hangul, CR LF.
    @Test func randomMarkupReadsAsByCharacter() {
        var random = SplitMix64(seed: 20_261_203)
        let pieces = [
            "delito", "datos", "Artículo", "1°", "§", "“", "”", "—", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{A0}",
            "\u{2003}", "\u{200B}", "\u{3000}", "\u{85}", "\u{2028}", "e\u{301}", "\u{301}", "\u{200D}", "\u{600}",
            "👩‍💻", "한", "\u{1100}", "\u{1161}", "ß", "İ", "ﬁ", "€", "№", "\u{0}", "\u{1F}", "a\u{20DD}", "x",
        ]
        let blocks = ["p", "content", "intro", "article", "section", "paragraph", "quotedStructure", "br"]
        let inlines = ["b", "i", "ref", "num", "heading", "note", "meta", "span", "mod", "authorialNote"]
        func text() -> String {
            (0..<random.next(upTo: 6)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
        }
        func tree(depth: Int) -> Element {
            var children: [Node] = []
            for _ in 0..<random.next(upTo: 5) {
                if depth < 4 && random.next(upTo: 2) == 0 {
                    children.append(.element(tree(depth: depth + 1)))
                } else {
                    children.append(.text(text()))
                }
            }
            let names = random.next(upTo: 2) == 0 ? blocks : inlines
            return Element(name: names[random.next(upTo: names.count)], children: children)
        }
        for _ in 0..<3_000 {
            let root = tree(depth: 0)
            for (fast, reference) in readings(of: root) {
                #expect(fast == reference)
            }
        }
    }
}

/// A small seeded generator: the same trees on every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
