import Foundation
import Testing

@testable import Alignment

/// Snowball's own vocabularies and expected stems (snowballstem/snowball-data, see Fixtures/snowball/README.md).
private enum SnowballData {
    static let folder = SharedData.packageRoot.appendingPathComponent("Tests/AlignmentTests/Fixtures/snowball")

    /// The `word stem` lines of one language's list.
    static func pairs(_ file: String) throws -> [(word: String, stem: String)] {
        let text = try String(contentsOf: folder.appendingPathComponent("\(file).txt"), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let fields = line.split(separator: " ")
            guard fields.count == 2 else { throw Malformed(line: String(line)) }
            return (String(fields[0]), String(fields[1]))
        }
    }

    struct Malformed: Error {
        let line: String
    }
}

@Suite struct SnowballStemmerTests {
    @Test(arguments: [(Language.es, "spanish"), (.pt, "portuguese"), (.en, "english"), (.fr, "french")])
    func stemsSnowballsVocabularyAsSnowballDoes(_ language: Language, _ file: String) throws {
        let pairs = try SnowballData.pairs(file)
        #expect(pairs.count > 400)
        let stemmer = SnowballStemmer(language)
        let wrong = pairs.filter { stemmer.stem($0.word) != $0.stem }.map { "\($0.word) -> \(stemmer.stem($0.word)), not \($0.stem)" }
        #expect(wrong.isEmpty, "\(wrong.count) of \(pairs.count) \(file) words: \(wrong.prefix(20))")
    }

    @Test func analyserStemsTheAccentedWordAndFoldsTheStem() {
        let spanish = Analyzer(language: .es)
        // `-ción` is a suffix only with its accent; the stem is folded after stemming.
        #expect(spanish.stem("información") == "inform")
        #expect(spanish.stem("INFORMACIÓN") == "inform")
        #expect(spanish.stem("Informaciones") == "inform")
        #expect(spanish.stem("acompañaban") == "acompan")
        // Decomposed accents are composed before stemming.
        #expect(spanish.stem("informacio\u{301}n") == "inform")
        #expect(Analyzer(language: .pt).stem("Informações") == "inform")
        #expect(Analyzer(language: .fr).stem("Données") == "don")
    }

    @Test func spanishFutureSubjunctiveStemsWithItsVerb() {
        let spanish = Analyzer(language: .es)
        #expect(spanish.stem("accediere") == spanish.stem("acceda"))
        #expect(spanish.stem("alterare") == spanish.stem("altere"))
        #expect(spanish.stem("interceptare") == spanish.stem("interceptar"))
        #expect(spanish.stem("destruyeren") == spanish.stem("destruya"))
        #expect(spanish.stem("excedieren") == spanish.stem("exceder"))
    }

    @Test func wordsWrittenWithoutTheAccentOfTheirSuffixStemAsWithIt() {
        let spanish = Analyzer(language: .es)
        #expect(spanish.stem("INTERCEPTACION") == spanish.stem("interceptación"))
        #expect(spanish.stem("autorizacion") == spanish.stem("autorizaciones"))
        #expect(spanish.stem("transmision") == spanish.stem("transmisión"))
        let portuguese = Analyzer(language: .pt)
        #expect(portuguese.stem("INTERCEPTACAO") == portuguese.stem("interceptação"))
        #expect(portuguese.stem("competencia") == portuguese.stem("competência"))
        #expect(Analyzer(language: .fr).stem("donnees") == Analyzer(language: .fr).stem("données"))
    }

    @Test func numbersAndShortWordsAreNotStemmed() {
        let english = Analyzer(language: .en)
        #expect(english.stem("342") == "342")
        #expect(english.stem("2nd") == "2nd")
        #expect(english.stem("IP") == "ip")
    }

    @Test func tokensAndSignalWordsGetTheSameStem() {
        let analyzer = Analyzer(language: .es)
        let tokens = analyzer.analyze("La interceptación de comunicaciones").tokens
        #expect(tokens.map(\.stem) == ["la", "intercept", "de", "comun"])
        #expect(tokens.map(\.folded) == ["la", "interceptacion", "de", "comunicaciones"])
        #expect(tokens.map(\.stem) == ["La", "interceptación", "de", "comunicaciones"].map { analyzer.stem($0) })
    }

    /// Every thread stems with its own `sb_stemmer` and cache: many threads stemming at once get exactly the
    /// stems one thread gets.
    @Test func threadsStemAloneAndAgree() throws {
        let words = try SnowballData.pairs("spanish").map(\.word)
        let analyzer = Analyzer(language: .es)
        let stemmer = SnowballStemmer(.es)
        let expected = words.map { WordAnalysisCache.analyze($0, stemmer: stemmer).stem }
        let results = Results(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { run in
            // Each run walks the list from a different place, so threads stem different words at the same time.
            let shift = run * words.count / 16
            let order = Array(words.indices.dropFirst(shift)) + Array(words.indices.prefix(shift))
            var stems = [String](repeating: "", count: words.count)
            for index in order { stems[index] = analyzer.stem(words[index]) }
            results.set(run, stems)
        }
        for run in 0..<16 { #expect(results.get(run) == expected) }
    }
}

private final class Results: @unchecked Sendable {
    private var values: [[String]]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ index: Int, _ value: [String]) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> [String] { lock.withLock { values[index] } }
}
