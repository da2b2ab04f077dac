import AkomaNtoso
import Foundation
import Testing

@testable import Alignment

/// The mapper on the development gold set, read from the plain-text laws (rough split): prints the evaluation.
@Suite struct DevelopmentSetTests {
    @Test func mapsPlainTextLawsCloseToTheGold() throws {
        let mapper = try SharedData.mapper.get()
        let stems = try FileManager.default.contentsOfDirectory(atPath: SharedData.gold.path)
            .filter { $0.hasSuffix(".tsv") && !$0.hasSuffix(".unmapped.tsv") }
            .map { String($0.dropLast(4)) }.sorted()
        var evaluations: [DocumentEvaluation] = []
        for stem in stems {
            let file = try SharedData.law(stem)
            let language = file.contains("\nlanguage: en") ? Language.en : file.contains("\nlanguage: pt") ? .pt : .es
            let alignment = mapper.align(documentURI: stem, language: language, provisions: PlainLaw.provisions(file))
            let gold = try GoldTable(
                tsv: String(contentsOf: SharedData.gold.appendingPathComponent("\(stem).tsv"), encoding: .utf8),
                file: stem, name: stem)
            evaluations.append(DocumentEvaluation(alignment: alignment, gold: gold))
            if ProcessInfo.processInfo.environment["LEXALIGN_DEBUG"] != nil {
                for a in alignment.alignments {
                    let shown = a.elements.filter { $0.status == .present }
                        .map { "\($0.id)=\($0.evidence.map(\.text).joined(separator: "|"))" }.joined(separator: "; ")
                    print("  \(stem) \(a.provision.num ?? "") -> \(a.article) \(a.coverage) \(a.confidence) missing=\(a.missing) :: \(shown)")
                }
            }
        }
        let summary = EvaluationSummary(documents: evaluations)
        print(summary.report())
        #expect(summary.f1 > 0)
    }
}
