import Foundation
import Testing

@testable import Alignment

@Suite struct AnalyzerTests {
    @Test func foldsCaseAccentsAndCompatibilityForms() {
        #expect(TextFolding.fold("ARTÍCULO") == "articulo")
        #expect(TextFolding.fold("Artículo") == TextFolding.fold("Arti\u{301}culo"))
        #expect(TextFolding.fold("Interceptação") == "interceptacao")
        #expect(TextFolding.fold("ﬁchier") == "fichier")
        #expect(TextFolding.fold("Señal") == "senal")
    }

    @Test func asciiFastPathsAgreeWithUnicodeProperties() {
        let characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + ["\r\n", "\u{85}", "\u{A0}", "\u{2028}", "é"]
        for character in characters {
            #expect(TextFolding.isWhitespace(character) == character.isWhitespace)
            #expect(TextFolding.isNewline(character) == character.isNewline)
        }
    }

    @Test func tokenOffsetsPointBackIntoTheOriginalText() throws {
        let text = try SharedData.law("cl-ley-21459")
        let article = try #require(text.range(of: "Artículo 2°.- Acceso ilícito."))
        let sentence = String(text[article.lowerBound...].prefix(400))
        let analyzed = Analyzer(language: .es).analyze(sentence)
        let access = try #require(analyzed.tokens.first { $0.folded == "acceda" })
        #expect(analyzed.excerpt(from: access.start, to: access.end) == "acceda")
        let ilicito = try #require(analyzed.tokens.first { $0.folded == "ilicito" })
        #expect(analyzed.excerpt(from: ilicito.start, to: ilicito.end) == "ilícito")
        // Offsets count Characters: a decomposed accent is one character.
        let decomposed = Analyzer(language: .es).analyze("e\u{301}l accede")
        #expect(decomposed.tokens[1].start == 3)
    }

    @Test func marksSentenceBreaksButNotDecimalNumbers() {
        let analyzed = Analyzer(language: .en).analyze("section 342.1 applies. Every person")
        let numbers = analyzed.tokens.filter { $0.folded == "1" }
        #expect(numbers.first?.breakBefore == false)
        #expect(analyzed.tokens.first { $0.folded == "every" }?.breakBefore == true)
    }

    @Test func aNumberedSubsectionOnItsLineStartsASentenceEvenAfterAMissingFullStop() {
        let analyzed = Analyzer(language: .en).analyze(
            "(1) An officer may issue an order compelling him to disclose such data\n(2) The order issued under subsection (1) shall be served\n(a) on the person")
        let starts = analyzed.tokens.filter(\.sentenceBefore).map(\.folded)
        #expect(starts == ["2"])
    }

    /// The project's lexicons, read once for the suite.
    private static let lexicons = Result { try SharedData.lexicons() }

    /// The ids of the lexicon concepts `text` shows.
    private func concepts(_ text: String, _ language: Language) throws -> Set<String> {
        let matcher = ConceptMatcher(lexicon: try #require(try Self.lexicons.get()[language]))
        let hits = matcher.hits(in: Analyzer(language: language).analyze(text))
        return Set(matcher.ids.filter { hits.contains(matcher.number(of: $0)) })
    }

    /// The legal units the analyser once found itself are concepts of the lexicons now: one id, every language.
    @Test func findsTheComputerConceptsInEachLanguage() throws {
        #expect(try concepts("acceda a un sistema informático", .es).isSuperset(of: ["access", "computer-system"]))
        #expect(try concepts("suprima datos informáticos", .es).isSuperset(of: ["computer-data", "delete"]))
        #expect(try concepts("by means of a computer system", .en).contains("computer-system"))
        #expect(try concepts("les données informatiques d'un système informatique", .fr).isSuperset(of: ["computer-data", "computer-system"]))
        #expect(try concepts("invadir dispositivo informático de uso alheio", .pt).isSuperset(of: ["access", "computer-system"]))
    }

    /// A verb whose stem is a noun's is no term of the verb's concept: "using" is "the lawful use", "comunicar" is
    /// "comunicações".
    @Test func aNounThatSharesAVerbsStemIsNotTheVerb() throws {
        #expect(try !concepts("interferes with the lawful use of computer data", .en).contains("means-marker"))
        #expect(try !concepts("a interceção de comunicações", .pt).contains("produce-order"))
        #expect(try concepts("ordenar que lhe comunique os dados", .pt).contains("produce-order"))
    }

    /// Interfering is not intercepting: "interferir num tratamento informático" is the manipulation of a computer,
    /// "interfiera" beside "intercepte" an interference with the transmission.
    @Test func interferingIsNotIntercepting() throws {
        #expect(try !concepts("interferir num tratamento informático de dados", .pt).contains("intercept"))
        #expect(try !concepts("interfiera la transmisión no pública de información", .es).contains("intercept"))
        #expect(try concepts("intercetar transmissões de dados informáticos", .pt).contains("intercept"))
    }

    /// Corrupting data damages it; corrupting morals does not.
    @Test func corruptingDataIsDamageButCorruptingMoralsIsNot() throws {
        #expect(try concepts("a program that corrupts the data held in a computer", .en).contains("damage"))
        #expect(try !concepts("any show or performance tending to corrupt morals through a computer system", .en).contains("damage"))
    }

    /// Impairing the reliability of data is a general impairment of its integrity (damaging, deleting, altering).
    @Test func impairingTheReliabilityOfDataImpairsData() throws {
        #expect(try concepts("to impair the operation of any such program or the reliability of any such data", .en).contains("impair-data"))
        #expect(try concepts("afecte la fiabilidad de los datos", .es).contains("impair-data"))
        #expect(try concepts("comprometa a fiabilidade dos dados", .pt).contains("impair-data"))
        #expect(try concepts("porte atteinte à la fiabilité des données", .fr).contains("impair-data"))
    }

    /// The origin or destination of a communication, and the records of calls, are traffic data in every language.
    @Test func originOrDestinationAndCallRecordsAreTrafficData() throws {
        #expect(try concepts("the origin or the destination of the communication", .en).contains("traffic-data"))
        #expect(try concepts("el origen o el destino de las comunicaciones", .es).contains("traffic-data"))
        #expect(try concepts("a origem ou o destino das comunicações", .pt).contains("traffic-data"))
        #expect(try concepts("la localisation de l'origine ou de la destination de télécommunications", .fr).contains("traffic-data"))
        #expect(try concepts("le repérage des données d'appel", .fr).contains("traffic-data"))
        #expect(try concepts("los registros de llamadas", .es).contains("traffic-data"))
    }
}

@Suite struct StemmerTests {
    private func stems(_ words: [String], _ language: Language) -> Set<String> {
        let analyzer = Analyzer(language: language)
        return Set(words.map { analyzer.stem($0) })
    }

    @Test func spanishInflectionsOfOneVerbShareAStem() {
        #expect(stems(["intercepte", "interceptare", "interceptar", "intercepta"], .es).count == 1)
        #expect(stems(["acceda", "accede", "acceder"], .es).count == 1)
        #expect(stems(["altere", "alterare", "alteración"], .es).count <= 2)
        #expect(stems(["datos", "dato"], .es).count == 1)
        #expect(Analyzer(language: .es).stem("informáticos") == Analyzer(language: .es).stem("informático"))
    }

    @Test func portugueseInflectionsShareAStem() {
        #expect(stems(["invadir", "invade", "invadido"], .pt).count == 1)
        #expect(stems(["dados", "dado"], .pt).count == 1)
        #expect(stems(["computadores", "computador"], .pt).count == 1)
    }

    @Test func englishPorter2Stems() {
        let analyzer = Analyzer(language: .en)
        #expect(analyzer.stem("intercepts") == "intercept")
        #expect(analyzer.stem("intercepting") == "intercept")
        #expect(analyzer.stem("possesses") == analyzer.stem("possess"))
        #expect(analyzer.stem("generously") == "generous")
        #expect(analyzer.stem("communications") == analyzer.stem("communication"))
        #expect(analyzer.stem("destroys") == analyzer.stem("destroy"))
    }

    @Test func frenchInflectionsShareAStem() {
        #expect(stems(["intercepte", "intercepter", "interceptées"], .fr).count == 1)
        #expect(stems(["données", "donnée"], .fr).count == 1)
        #expect(stems(["informatiques", "informatique"], .fr).count == 1)
    }
}

@Suite struct SignalPatternTests {
    private func matches(_ pattern: String, _ text: String, _ language: Language = .es) -> [String] {
        let analyzer = Analyzer(language: language)
        let analyzed = analyzer.analyze(text)
        return SignalPattern(pattern, analyzer: analyzer)!.matches(in: analyzed).map {
            analyzed.excerpt(from: analyzed.tokens[$0.lowerBound].start, to: analyzed.tokens[$0.upperBound - 1].end)
        }
    }

    @Test func matchesStemsContiguouslyWithStopWords() {
        #expect(matches("sin autorización", "El que, sin autorización o excediendo") == ["sin autorización"])
        #expect(matches("datos informáticos", "altere, dañe o suprima datos informáticos") == ["datos informáticos"])
        #expect(matches("sin autorización", "sin la debida autorización").isEmpty)
    }

    @Test func prefixWordsMatchAnyWordStartingWithThem() {
        #expect(matches("intercep*", "indebidamente intercepte, interrumpa") == ["intercepte"])
        #expect(matches("informátic*", "sistemas informáticos") == ["informáticos"])
    }

    @Test func gapsAllowUpToSixWordsButNotASentenceBreak() {
        #expect(matches("sin ... autorización", "sin la debida autorización") == ["sin la debida autorización"])
        #expect(matches("acceda ... sistema", "acceda de cualquier modo y por cualquier medio ilícito a un sistema").count == 1)
        #expect(matches("acceda ... sistema", "acceda uno dos tres cuatro cinco seis siete sistema").isEmpty)
        #expect(matches("acceda ... sistema", "acceda. El sistema").isEmpty)
    }

    @Test func punctuationInsideASignalWordSplitsAsInText() {
        #expect(matches("fournisseur d'accès", "tout fournisseur d'accès à internet", .fr) == ["fournisseur d'accès"])
        #expect(matches("considera-se", "Para os efeitos desta Lei, considera-se:", .pt) == ["considera-se"])
    }
}
