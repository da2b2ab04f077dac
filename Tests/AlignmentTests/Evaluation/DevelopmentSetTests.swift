import AkomaNtoso
import Foundation
import Testing

@testable import Alignment

/// The mapper on the development gold set: every law of Corpus/ that has a table in Tests/Fixtures/gold, paired by the
/// rule `lexalign evaluate` uses, scored pair by pair.
@Suite struct DevelopmentSetTests {
    /// Mapped once for the suite.
    static let summary = Result { try evaluate() }

    static func evaluate() throws -> EvaluationSummary {
        let mapper = try SharedData.mapper.get()
        let corpus = SharedData.packageRoot.appendingPathComponent("Corpus")
        let files = (FileManager.default.enumerator(atPath: corpus.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".xml") && !$0.hasPrefix("instruments") }.sorted()
        let stems = Set(
            try FileManager.default.contentsOfDirectory(atPath: SharedData.gold.path)
                .filter { $0.hasSuffix(".tsv") && !$0.hasSuffix(".unmapped.tsv") }.map { String($0.dropLast(4)) })
        var documents: [(file: String, facts: DocumentFacts, alignment: DocumentAlignment)] = []
        for file in files {
            let parsed = try AKNParser().parse(contentsOf: corpus.appendingPathComponent(file))
            let facts = DocumentFacts(parsed.document)
            let language = try #require(facts.language)
            documents.append(
                (file, facts, mapper.align(documentURI: facts.expressionURI, language: language, provisions: parsed.document.provisions)))
        }
        let pairing = GoldPairing.assign(documents.map { .init(id: $0.file, fileName: $0.file, facts: $0.facts) }, stems: stems)
        var evaluations: [DocumentEvaluation] = []
        for document in documents {
            guard let stem = pairing[document.file] else { continue }
            let url = SharedData.gold.appendingPathComponent("\(stem).tsv")
            let table = try GoldTable(tsv: try String(contentsOf: url, encoding: .utf8), file: url.path, name: stem)
            evaluations.append(DocumentEvaluation(alignment: document.alignment, gold: table))
        }
        return EvaluationSummary(documents: evaluations.sorted { $0.gold < $1.gold })
    }

    @Test func pairsEveryGoldTableWithOneCorpusDocument() throws {
        let summary = try Self.summary.get()
        let tables = try FileManager.default.contentsOfDirectory(atPath: SharedData.gold.path)
            .filter { $0.hasSuffix(".tsv") && !$0.hasSuffix(".unmapped.tsv") }
        #expect(summary.documents.count == tables.count)
        #expect(Set(summary.documents.map(\.gold)).count == tables.count)
    }

    /// A gold table is named after the source text it annotates (`<stem>.tsv` for `Corpus/sources/<cc>/<stem>.txt`),
    /// with its `<stem>.unmapped.tsv` beside it.
    @Test func everyGoldTableNamesACommittedSourceText() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: SharedData.gold.path).filter { $0.hasSuffix(".tsv") }
        let stems = files.filter { !$0.hasSuffix(".unmapped.tsv") }.map { String($0.dropLast(4)) }
        #expect(!stems.isEmpty)
        for stem in stems {
            #expect(SharedData.laws[stem] != nil, "gold/\(stem).tsv: no Corpus/sources/<cc>/\(stem).txt")
            #expect(files.contains("\(stem).unmapped.tsv"), "gold/\(stem).tsv has no \(stem).unmapped.tsv")
        }
        #expect(files.count == 2 * stems.count, "a gold file that belongs to no table")
    }

    /// The figures last measured (Benchmarks/mapping.md), as floors a little below them: a change that drops below
    /// them lost skill on the development set. They are not the targets (0.90 overall, 0.80 per law), which
    /// the check half does not reach yet; raise the floors as the figures rise.
    @Test func holdsItsMeasuredFiguresOnBothHalvesOfTheDevelopmentSet() throws {
        let summary = try Self.summary.get()
        let split = EvaluationSplit(.alternate, stems: summary.documents.map(\.gold))
        print(summary.report(split: split, details: .none))
        let tuning = EvaluationSummary(documents: summary.documents.filter { split.half(of: $0.gold) == .tuning })
        let check = EvaluationSummary(documents: summary.documents.filter { split.half(of: $0.gold) == .check })
        #expect(tuning.documents.count == 8 && check.documents.count == 7)
        #expect(summary.f1 >= 0.93, "overall F1 \(summary.f1)")
        #expect(tuning.f1 >= 0.98, "tuning half F1 \(tuning.f1)")
        #expect(check.f1 >= 0.87, "check half F1 \(check.f1)")
        #expect(summary.coverageAccuracy >= 0.92, "coverage accuracy \(summary.coverageAccuracy)")
        for document in summary.documents {
            #expect(document.f1 >= 0.74, "\(document.gold): F1 \(document.f1)")
        }
    }
}
