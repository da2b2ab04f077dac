import AkomaNtoso
import Foundation
import Testing

@testable import Alignment

/// The analyser's and the output's fast paths give what the plain ones give, on the Corpus's own texts and on
/// characters chosen to trip them.
@Suite struct FastPathTests {
    /// Texts with every kind of character the fast paths must tell apart.
    static let awkward = [
        "Art. 2.- El que acceda, sin autorización, a un sistema informático…", "section 342.1(2) applies.\r\nEvery person",
        "carriage\rreturn\r\nand line\nfeed", "Arti\u{301}culo 3\u{BA}: «datos» — “données” – ½ ² №5 € ‰ ℅ Ⅳ",
        "zero\u{200D}joiner and\u{200C}non-joiner", "emoji 👩‍💻 and 🇨🇱 flags", "", " ", "1.", "a. b) c:",
        "año 2024; ítem 5º; 3ª sección", "Ⅻ ⅷ ↉ ⅟", String(repeating: "x", count: 599) + "\r\n5",
        String(repeating: "é", count: 600) + "7", String(repeating: "a", count: 599) + "e\u{301}1",
    ]

    static func corpusTexts() throws -> [String] {
        try SharedData.laws.keys.sorted().map { try SharedData.law($0) }
    }

    @Test func scalarReadingGivesTheTokensOfTheCharacterReading() throws {
        let texts = try Self.corpusTexts().flatMap { $0.components(separatedBy: "\n\n") } + Self.awkward
        var compared = 0
        for language in Language.allCases {
            let analyzer = Analyzer(language: language)
            for text in texts where CharacterKind.scalarsAreCharacters(text) {
                let scalars = analyzer.analyze(text, byScalar: true)
                let characters = analyzer.analyze(text, byScalar: false)
                #expect(scalars.tokens == characters.tokens, "\(text.prefix(80))")
                #expect(scalars.characters.count == text.count)
                compared += 1
            }
        }
        #expect(compared > 1000)
    }

    @Test func simpleScalarsAreCharactersOfTheirOwn() {
        #expect(CharacterKind.scalarsAreCharacters("Señal «x» — № 5 ½ €"))
        #expect(!CharacterKind.scalarsAreCharacters("Arti\u{301}culo"))
        #expect(!CharacterKind.scalarsAreCharacters("line\r\nfeed"))
        #expect(CharacterKind.scalarsAreCharacters("line\rfeed\n"))
        #expect(!CharacterKind.scalarsAreCharacters("a\u{200D}b"))
        #expect(!CharacterKind.scalarsAreCharacters("👩‍💻"))
        let simple = (0..<0x2190).compactMap(Unicode.Scalar.init).filter { CharacterKind.isSimple($0.value) }
        // Each beside a letter, a digit, a space, an accented letter and a dash stays a character of its own; CR
        // before LF aside, which `scalarsAreCharacters` refuses.
        for scalar in simple {
            for neighbour in ["a", "5", " ", "é", "—", "\u{A0}"] as [Unicode.Scalar] {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(neighbour)
                var reversed = String.UnicodeScalarView()
                reversed.append(neighbour)
                reversed.append(scalar)
                #expect(String(pair).count == 2 && String(reversed).count == 2, "U+\(String(scalar.value, radix: 16))")
            }
            let kind = CharacterKind.simple(scalar.value)
            let character = Character(scalar)
            #expect(kind.isWord == TextFolding.isWordCharacter(character) && kind.isNumber == character.isNumber)
            #expect(kind.isWhitespace == character.isWhitespace && kind.isNewline == character.isNewline)
        }
    }

    @Test func characterOffsetsGiveTheTextsCharacters() {
        for text in Self.awkward {
            let analyzed = Analyzer(language: .es).analyze(text)
            let characters = Array(text)
            #expect(analyzed.characters.count == characters.count)
            for (offset, character) in characters.enumerated() { #expect(analyzed.characters[offset] == character) }
            #expect(analyzed.excerpt(from: 0, to: characters.count) == text)
            if characters.count > 3 { #expect(analyzed.excerpt(from: 1, to: 3) == String(characters[1..<3])) }
        }
    }

    @Test func headWithNumberIsThePrefixThatHasANumber() throws {
        let texts = try Self.corpusTexts().flatMap { $0.components(separatedBy: "\n\n") } + Self.awkward + [
            String(repeating: "x", count: 600) + "5", String(repeating: "x", count: 599) + "5",
        ]
        for text in texts {
            let head = text.prefix(600)
            let expected = head.contains(where: \.isNumber) ? String(head) : nil
            #expect(CharacterKind.headWithNumber(text, count: 600).map(String.init) == expected, "\(text.prefix(80))")
        }
    }

    @Test func jsonOfSeveralDocumentsIsTheEncodersArray() throws {
        let mapper = try SharedData.mapper.get()
        var documents: [DocumentAlignment] = []
        for (stem, language) in [("ca-criminal-code-cyber", Language.en), ("cl-ley-21459", .es)] {
            documents.append(
                mapper.align(documentURI: "/akn/test/\(stem)", language: language, provisions: PlainLaw.provisions(try SharedData.law(stem))))
        }
        documents.append(DocumentAlignment(document: "/akn/test/empty", instrument: "budapest", alignments: [], unaligned: []))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for list in [documents, Array(documents.reversed()), [documents[2], documents[2]]] {
            let expected = String(decoding: try encoder.encode(list), as: UTF8.self) + "\n"
            #expect(try AlignmentOutput.json(list) == expected)
        }
        #expect(try AlignmentOutput.json([documents[0]]) == String(decoding: try encoder.encode(documents[0]), as: UTF8.self) + "\n")
    }

    /// The direct JSON writer gives the encoder's bytes, and leaves to the encoder what it does not write (escapes,
    /// numbers beyond a confidence): awkward strings, confidences, nils and empty lists, alone and in arrays.
    @Test func directJSONIsTheEncoders() throws {
        let strings = Self.awkward + [
            "quoted \"term\" and back\\slash", "a/b and </script>", "tab\there", "unit\u{1F}separator", "del\u{7F}",
            "line\u{2028}separator", "plain words, «quoted» — 2°", "中文 and 😀",
        ]
        let confidences = [0, 1, 0.5, 0.1 + 0.2, 1e-7, 0.123456789, 0.52, 0.95, 2.5, -0.1]
        var documents: [DocumentAlignment] = []
        for (index, text) in strings.enumerated() {
            let reference = ProvisionReference(
                eId: "art_\(index)", num: index % 2 == 0 ? text : nil, host: index % 3 == 0 ? nil : "Código Penal",
                heading: index % 4 == 0 ? text : nil)
            let finding = ElementFinding(
                id: "access", status: index % 2 == 0 ? .present : .absent,
                evidence: index % 2 == 0 ? [Evidence(text: text, start: index, end: index + 3)] : [])
            let pair = ProvisionAlignment(
                provision: reference, article: "\(index % 12)", coverage: index % 2 == 0 ? .full : .partial,
                confidence: confidences[index % confidences.count], origin: index % 5 == 0 ? .added : .suggested,
                elements: [finding], note: index % 3 == 1 ? text : nil, stale: index % 7 == 0,
                missing: index % 2 == 1 ? ["object", text] : [], qualifiers: [], narrower: index % 3 == 2 ? ["data"] : [])
            documents.append(DocumentAlignment(
                document: "/akn/test/\(index)", instrument: "budapest", alignments: index % 6 == 5 ? [] : [pair],
                unaligned: index % 2 == 0 ? [reference] : []))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for document in documents {
            let expected = String(decoding: try encoder.encode(document), as: UTF8.self)
            if let written = AlignmentJSON.document(document, level: 0) {
                #expect(String(decoding: written, as: UTF8.self) == expected)
            }
            #expect(try AlignmentOutput.json([document]) == expected + "\n")
        }
        #expect(try AlignmentOutput.json(documents) == String(decoding: try encoder.encode(documents), as: UTF8.self) + "\n")
        // Most of these are written directly (the others fall back).
        #expect(documents.filter { AlignmentJSON.document($0, level: 0) != nil }.count >= documents.count / 3)
    }
}
