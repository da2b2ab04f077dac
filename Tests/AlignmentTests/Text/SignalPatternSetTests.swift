import AkomaNtoso
import Foundation
import Testing

@testable import Alignment

@Suite struct SignalPatternSetTests {
    /// Searching all of a language's lexicon terms together finds, pattern by pattern, what searching each
    /// pattern alone finds: on every provision of the national documents of Corpus/.
    @Test func findsWhatEachPatternFindsAlone() throws {
        let lexicons = try SharedData.lexicons()
        let corpus = SharedData.packageRoot.appendingPathComponent("Corpus")
        let files = (FileManager.default.enumerator(atPath: corpus.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".xml") && !$0.hasPrefix("instruments") }.sorted()
        #expect(files.count > 10)
        var sets: [Language: SignalPatternSet] = [:]
        var provisionsSearched = 0
        var matchesFound = 0
        for file in files {
            let document = try AKNParser().parse(contentsOf: corpus.appendingPathComponent(file)).document
            let language = try #require(DocumentFacts(document).language)
            let analyzer = Analyzer(language: language)
            if sets[language] == nil {
                let phrases = try #require(lexicons[language]).concepts.flatMap(\.terms)
                sets[language] = SignalPatternSet(phrases.compactMap { SignalPattern($0, analyzer: analyzer) })
            }
            let set = try #require(sets[language])
            for provision in document.provisions {
                let text = analyzer.analyze(provision.text)
                let together = set.matches(in: text)
                let alone = set.patterns.enumerated().compactMap { index, pattern in
                    let ranges = pattern.matches(in: text)
                    return ranges.isEmpty ? nil : (pattern: index, ranges: ranges)
                }
                #expect(together.map(\.pattern) == alone.map(\.pattern), "\(file) \(provision.eId)")
                #expect(together.map(\.ranges) == alone.map(\.ranges), "\(file) \(provision.eId)")
                provisionsSearched += 1
                matchesFound += together.count
            }
        }
        #expect(provisionsSearched > 200)
        #expect(matchesFound > 1000)
    }
}
