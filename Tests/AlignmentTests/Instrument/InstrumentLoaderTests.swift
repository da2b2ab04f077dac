import AkomaNtoso
import Alignment
import Foundation
import Testing

@Suite("Budapest instrument mapping")
struct BudapestMappingTests {
    @Test func committedFileLoadsWithoutErrors() throws {
        let result = InstrumentLoader.load(try InstrumentFixtures.budapestText, file: "budapest.yaml")
        #expect(InstrumentFixtures.errors(result.diagnostics).map(\.description) == [])
        let instrument = try #require(result.instrument)
        #expect(instrument.id == "budapest")
        #expect(instrument.uri == "/akn/int/act/2001-11-23/coe-ets-185")
    }

    @Test func allThirtyFiveArticlesHaveElements() throws {
        let instrument = try InstrumentFixtures.budapest()
        #expect(instrument.articles.map(\.number) == (1...35).map(String.init))
        for article in instrument.articles {
            #expect(!article.elements.isEmpty, "Art. \(article.number) has no elements")
            #expect(!article.title.isEmpty)
        }
    }

    /// Titles are the treaty's own headings, read from the authentic English text.
    @Test func titlesMatchTheTreatyText() throws {
        let treaty = try InstrumentFixtures.text(InstrumentFixtures.instrumentSources.appendingPathComponent("budapest-en.txt"))
        let lines = treaty.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var headings: [String: String] = [:]
        for (index, line) in lines.enumerated() where line.hasPrefix("Article ") {
            let number = String(line.dropFirst("Article ".count))
            guard Int(number) != nil, let heading = lines[(index + 1)...].first(where: { !$0.isEmpty }) else { continue }
            headings[number] = headings[number] ?? heading
        }
        let instrument = try InstrumentFixtures.budapest()
        #expect(instrument.otherArticles.map(\.number) == (36...48).map(String.init))
        for article in instrument.articles + instrument.otherArticles {
            #expect(headings[article.number] == article.title, "Art. \(article.number)")
        }
    }

    @Test func offencesPowersAndJurisdictionReferToConceptsWithTermsInAllFourLanguages() throws {
        let instrument = try InstrumentFixtures.budapest()
        let lexicons = try SharedData.lexicons()
        let required = Set((2...12).map(String.init) + (16...22).map(String.init))
        #expect(Set(instrument.signalsRequired) == required)
        for article in instrument.articles where required.contains(article.number) {
            for element in article.elements {
                #expect(!element.expressions.isEmpty, "Art. \(article.number) \(element.id) names no concept")
                for concept in element.expressions.flatMap(\.concepts) {
                    for language in Language.allCases {
                        #expect(
                            !(lexicons[language]?.concept(concept)?.terms.isEmpty ?? true),
                            "Art. \(article.number) \(element.id): '\(concept)' has no \(language.rawValue) term")
                    }
                }
            }
        }
    }

    @Test func definitionsAndCooperationArticlesReferToConceptsToo() throws {
        let instrument = try InstrumentFixtures.budapest()
        for number in ["1"] + (23...35).map(String.init) {
            let article = try #require(instrument.article(number))
            #expect(article.elements.contains { !$0.concepts.isEmpty }, "Art. \(number)")
        }
    }

    @Test func everyConceptExpressionIsWellFormedAndUniqueWithinItsElement() throws {
        for article in try InstrumentFixtures.budapest().articles {
            for element in article.elements {
                let texts = element.concepts + element.narrower
                #expect(Set(texts).count == texts.count, "duplicate in Art. \(article.number) \(element.id)")
                for text in texts {
                    #expect(ConceptExpression.problem(in: text) == nil, "\(text)")
                }
            }
        }
    }

    /// Art. 42 of the treaty lists the reservable paragraphs and Art. 40 the declarable ones; the YAML must say the
    /// same (read from the authentic text, not restated here).
    @Test func reservationAndDeclarationClausesMatchArticles40And42() throws {
        let treaty = try InstrumentFixtures.text(InstrumentFixtures.instrumentSources.appendingPathComponent("budapest-en.txt"))
        let article42 = try #require(treaty.components(separatedBy: "\n").first { $0.contains("reservation(s) provided for in") })
        let regex = try NSRegularExpression(pattern: #"Article (\d+), paragraph (\d+)"#)
        let range = NSRange(article42.startIndex..., in: article42)
        let fromTreaty = Set(regex.matches(in: article42, range: range).map { match in
            let article = (article42 as NSString).substring(with: match.range(at: 1))
            let paragraph = (article42 as NSString).substring(with: match.range(at: 2))
            return "\(article)(\(paragraph))"
        })
        let instrument = try InstrumentFixtures.budapest()
        let fromYAML = Set((instrument.articles + instrument.otherArticles).flatMap { article in
            article.reservationsAllowed.map { "\(article.number)(\($0.prefix { $0 != "(" }))" }
        })
        #expect(fromTreaty.count == 9)
        #expect(fromYAML == fromTreaty)

        let declarable = instrument.articles.filter { !$0.declarationsAllowed.isEmpty }.map(\.number)
        #expect(declarable == ["2", "3", "6", "7", "9", "27"])
        #expect(try #require(instrument.article("6")).declarationsAllowed == ["1(b)"])
        #expect(try #require(instrument.article("27")).declarationsAllowed == ["9(e)"])
    }

    @Test func optionalQualifiersSayWhichClauseCoversThem() throws {
        let instrument = try InstrumentFixtures.budapest()
        for number in ["2", "3", "7"] {
            // (An offence article's optional `definition` element is no qualifier: it is a definition that
            // extends the offences of a code, Art. 7's document on any medium.)
            let optional = try #require(instrument.article(number)).elements.filter { $0.qualifier == .optional && $0.kind != .definition }
            #expect(!optional.isEmpty)
            for element in optional {
                #expect(element.coveredBy?.contains("Art. 40") == true, "Art. \(number) \(element.id)")
            }
        }
        let seriousHarm = try #require(instrument.article("4")?.element("serious-harm"))
        #expect(seriousHarm.paragraph == "2")
        #expect(seriousHarm.coveredBy?.contains("Art. 42") == true)
    }

    @Test func paragraphRulesAcceptSubParagraphsAndWholeArticles() throws {
        let instrument = try InstrumentFixtures.budapest()
        let article14 = try #require(instrument.article("14"))
        #expect(article14.allowsReservation(under: "3"))
        #expect(article14.allowsReservation(under: "3(b)"))
        #expect(!article14.allowsReservation(under: "2"))
        #expect(!article14.allowsReservation(under: nil))
        let article2 = try #require(instrument.article("2"))
        #expect(article2.allowsDeclaration(under: nil))
        #expect(!article2.allowsReservation(under: nil))
        #expect(instrument.referableArticle("41")?.allowsReservation(under: "1") == true)
        #expect(instrument.article("41") == nil)
    }

    @Test func listingShowsEveryElementAndItsConcepts() throws {
        let instrument = try InstrumentFixtures.budapest()
        let article = try #require(instrument.article("3"))
        let listing = InstrumentListing.render(instrument, articles: [article])
        #expect(listing.contains("Art. 3 \u{2014} Illegal interception [substantive]"))
        #expect(listing.contains("declarations allowed under: Art. 3"))
        for element in article.elements {
            #expect(listing.contains("  - \(element.id) ("))
        }
        #expect(listing.components(separatedBy: "\n      concepts: ").count - 1 == article.elements.count)
        #expect(listing.contains("concepts required in: es, pt, en, fr"))
        #expect(InstrumentListing.render(instrument) == InstrumentListing.render(instrument))
    }
}

@Suite("Instrument loader checks, on broken copies")
struct InstrumentLoaderCheckTests {
    private func load(_ copy: (path: String, text: String, line: Int)) -> [Diagnostic] {
        InstrumentFixtures.errors(InstrumentLoader.load(copy.text, file: copy.path).diagnostics)
    }

    @Test func duplicateElementIdIsReportedOnItsLine() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml", after: "title: Illegal interception",
            replacing: "- id: technical-means", with: "- id: interception")
        let errors = load(copy)
        let error = try #require(errors.first { $0.message.contains("duplicate element id 'interception'") })
        #expect(error.line == copy.line)
        #expect(error.file == copy.path)
        #expect(error.message.contains("Art. 3"))
    }

    private func load(_ copy: (path: String, text: String, line: Int), lexicons: ConceptLexicons) -> [Diagnostic] {
        InstrumentFixtures.errors(InstrumentLoader.load(copy.text, file: copy.path, lexicons: lexicons).diagnostics)
    }

    @Test func aConceptWithoutTermsInOneLanguageIsReportedWhereTheElementNamesIt() throws {
        var lexicons = try SharedData.lexiconList()
        let index = try #require(lexicons.firstIndex { $0.language == .pt })
        let pt = lexicons[index]
        lexicons[index] = ConceptLexicon(language: .pt, concepts: pt.concepts.filter { $0.id != "electromagnetic-emissions" })
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml", replacing: "id: budapest", with: "id: budapest")
        let errors = load(copy, lexicons: ConceptLexicons(lexicons))
        #expect(errors.map(\.message) == [
            "element 'electromagnetic-emissions' of Art. 3 names concept 'electromagnetic-emissions', which has no terms in the 'pt' lexicon"
        ])
        #expect(errors.first?.line == (try InstrumentFixtures.line(of: "concepts: [electromagnetic-emissions]", in: copy.text)))
    }

    @Test func anEmptyConceptListCountsAsMissing() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml", after: "- id: electromagnetic-emissions",
            replacing: "concepts: [electromagnetic-emissions]", with: "concepts: []")
        let errors = load(copy, lexicons: try SharedData.lexicons())
        #expect(errors.map(\.message) == ["element 'electromagnetic-emissions' of Art. 3 refers to no concept (its article requires them)"])
    }

    @Test func aMisspeltConceptIsReportedWithASuggestion() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml", after: "- id: electromagnetic-emissions",
            replacing: "concepts: [electromagnetic-emissions]", with: "concepts: [electromagnetic-emission]")
        let errors = load(copy, lexicons: try SharedData.lexicons())
        #expect(errors.map(\.message) == [
            "element 'electromagnetic-emissions' of Art. 3 names concept 'electromagnetic-emission', which no lexicon defines (did you mean 'electromagnetic-emissions'?)"
        ])
        #expect(errors.first?.line == copy.line)
    }

    @Test func unknownKindQualifierAndSectionAreReportedOnTheirLines() throws {
        let text = try InstrumentFixtures.budapestText
        let cases: [(anchor: String, original: String, replacement: String, expected: String)] = [
            ("- id: access", "kind: conduct", "kind: act", "unknown kind 'act'"),
            ("- id: access", "qualifier: required", "qualifier: mandatory", "unknown qualifier 'mandatory'"),
            ("title: Data interference", "section: substantive", "section: offences", "unknown section 'offences'"),
        ]
        for item in cases {
            let copy = try InstrumentFixtures.brokenCopy(
                of: text, named: "budapest.yaml", after: item.anchor, replacing: item.original, with: item.replacement)
            let errors = load(copy)
            #expect(errors.count == 1, "\(item.expected)")
            #expect(errors.first?.message.hasPrefix(item.expected) == true, "\(errors)")
            #expect(errors.first?.line == copy.line, "\(item.expected)")
        }
    }

    @Test func malformedYAMLIsReportedWithTheParserPosition() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml", after: "- id: access",
            replacing: #"concepts: [access, "#, with: #"concepts: [access, ""#)
        let errors = load(copy)
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.message.hasPrefix("bad YAML"))
        let reported = try #require(error.line)
        #expect(reported >= copy.line && reported <= copy.line + 1, "reported line \(reported), broken line \(copy.line)")
    }

    @Test func duplicateArticleNumberIsReported() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml", replacing: #"- number: "5""#,
            with: #"- number: "4""#)
        let errors = load(copy)
        let error = try #require(errors.first { $0.message.hasPrefix("duplicate article number '4'") })
        #expect(error.line == copy.line)
    }

    @Test func aMalformedConceptExpressionIsReportedOnItsLine() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml", after: "- id: access",
            replacing: #""obtain-data + computer-system""#, with: #""obtain-data + ""#)
        let errors = load(copy)
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("has an empty part") == true)
        #expect(errors.first?.line == copy.line)
    }

    @Test func misspeltKeyIsReported() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml", after: "- id: access",
            replacing: "qualifier: required", with: "qualifer: required")
        let messages = load(copy).map(\.message)
        #expect(messages.contains("unknown key 'qualifer' in element 'access' of Art. 2 (did you mean 'qualifier'?)"))
        #expect(messages.contains("element 'access' of Art. 2 has no 'qualifier'"))
    }

    @Test func signalsRequiredMustNameKnownArticles() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml", replacing: #""22"]"#, with: #""22", "41", "49"]"#)
        let errors = load(copy)
        #expect(errors.map(\.message) == [
            "signals_required names '41', which is not one of the articles",
            "signals_required names '49', which is not one of the articles",
        ])
        #expect(errors.first?.line == copy.line)
    }

    @Test func narrowsMustNameKnownArticles() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml", replacing: #"narrows: ["4", "5"]"#,
            with: #"narrows: ["4", "50"]"#)
        let errors = load(copy)
        #expect(errors.map(\.message) == ["narrows of an element of Art. 8 names '50', which is not one of the articles"])
        #expect(errors.first?.line == copy.line)
    }

    @Test func notWhereMustNameConceptsTheLexiconsDefine() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest.yaml",
            replacing: "not_where: {concepts: [extradition]", with: "not_where: {concepts: [extradicion]")
        let errors = load(copy, lexicons: try SharedData.lexicons())
        #expect(errors.map(\.message) == ["not_where of Art. 25 names 'extradicion', which no lexicon defines"])
        #expect(errors.first?.line == copy.line)
    }

    @Test func idMustMatchTheFileName() throws {
        let copy = try InstrumentFixtures.brokenCopy(
            of: try InstrumentFixtures.budapestText, named: "budapest-copy.yaml", replacing: "id: budapest",
            with: "id: budapest")
        let errors = load(copy)
        #expect(errors.map(\.message) == ["instrument id 'budapest' does not match the file name 'budapest-copy.yaml'"])
    }
}

@Suite("Term syntax (lexicon terms)")
struct SignalSyntaxTests {
    @Test func acceptsWordsStemsAndGaps() {
        for phrase in ["sin autorización", "informátic*", "sin ... autorización", "exced* ... autoriza*", "24/7"] {
            #expect(SignalSyntax.problem(in: phrase) == nil, "\(phrase)")
        }
    }

    @Test func rejectsMalformedPhrases() {
        for phrase in ["", " acceso", "acceso  ilícito", "... acceso", "acceso ...", "a ... ... b", "*", "inter*cep", "a...b"] {
            #expect(SignalSyntax.problem(in: phrase) != nil, "\(phrase)")
        }
    }
}

@Suite("Mapping catalog")
struct MappingCatalogTests {
    @Test func loadsEveryInstrumentAndPartyAndSortsThem() throws {
        let parties = try InstrumentFixtures.partyFiles()
        let catalog = MappingCatalog.load(
            instrumentFiles: [.init(path: "Mappings/instruments/budapest.yaml", text: try InstrumentFixtures.budapestText)],
            partyFiles: parties.reversed())
        #expect(catalog.diagnostics.isEmpty)
        #expect(catalog.instruments.map(\.id) == ["budapest"])
        #expect(catalog.parties.map(\.state) == catalog.parties.map(\.state).sorted())
        #expect(catalog.parties.count == parties.count)
    }

    @Test func aBadFileIsReportedAndTheOthersStillLoad() throws {
        let parties = try InstrumentFixtures.partyFiles()
        let chile = try #require(parties.first { $0.path.hasSuffix("/cl.yaml") })
        let broken = MappingCatalog.SourceFile(
            path: chile.path, text: chile.text.replacingOccurrences(of: #"article: "29""#, with: #"article: "77""#))
        let catalog = MappingCatalog.load(
            instrumentFiles: [.init(path: "Mappings/instruments/budapest.yaml", text: try InstrumentFixtures.budapestText)],
            partyFiles: parties.filter { $0 != chile } + [broken])
        #expect(catalog.hasErrors)
        #expect(catalog.diagnostics.allSatisfy { $0.file == chile.path })
        #expect(catalog.party("cl") == nil)
        #expect(catalog.parties.count == parties.count - 1)
    }

    @Test func anInstrumentDefinedTwiceIsAnError() throws {
        let text = try InstrumentFixtures.budapestText
        let catalog = MappingCatalog.load(
            instrumentFiles: [
                .init(path: "a/budapest.yaml", text: text), .init(path: "b/budapest.yaml", text: text),
            ],
            partyFiles: [])
        #expect(catalog.instruments.count == 1)
        #expect(catalog.diagnostics.map(\.description) == ["b/budapest.yaml:1: error: instrument 'budapest' is defined twice"])
    }

    @Test func partiesAreCheckedAgainstTheInstrumentsLoaded() throws {
        let parties = try InstrumentFixtures.partyFiles()
        let catalog = MappingCatalog.load(instrumentFiles: [], partyFiles: parties)
        let unknown = catalog.diagnostics.filter { $0.message.hasPrefix("unknown instrument 'budapest'") }
        #expect(!unknown.isEmpty)
        #expect(catalog.party("pe") == nil)
        #expect(catalog.party("mx") != nil)
    }
}
