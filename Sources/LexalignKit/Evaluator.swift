import AkomaNtoso
import Alignment
import Foundation
import TextImport

/// Scores the mapper's (provision, article) pairs against an expert's gold tables (`<stem>.tsv` in a folder).
public struct Evaluator: Sendable {
    public let mapping: Mapping
    public let gold: String

    public init(mapping: Mapping, gold: String) {
        self.mapping = mapping
        self.gold = gold
    }

    /// The scores of the documents that have a gold table, the documents that have none, and one line for each
    /// document or table that could not be read (the run goes on past them).
    public struct Outcome: Sendable {
        public let summary: EvaluationSummary
        /// The stems of every gold table in the folder (scored or not): what a split is made over.
        public let stems: Set<String>
        public let unscored: [String]
        public let failures: [String]
    }

    /// The gold tables' stems (`cl-ley-21459` for `cl-ley-21459.tsv`; `*.unmapped.tsv` lists are not tables).
    public func stems() throws(LexalignError) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: gold)) ?? []
        let stems = Set(
            names.filter { $0.hasSuffix(".tsv") && !$0.hasSuffix(".unmapped.tsv") }.map { String($0.dropLast(4)) })
        guard !stems.isEmpty else {
            throw LexalignError(.cannotRead, ["\(gold): error: no gold tables (<stem>.tsv) in this folder"])
        }
        return stems
    }

    /// Maps `files` (on every core), pairs each with its gold table (see `GoldPairing`) and scores it.
    public func evaluate(_ files: [String]) throws(LexalignError) -> Outcome {
        let stems = try stems()
        let batch = mapping.map(files)
        var failures = batch.failures.map(\.description)
        let pairing = GoldPairing.assign(
            batch.documents.map { GoldPairing.Candidate(id: $0.file, fileName: $0.file, facts: $0.facts) }, stems: stems)
        // Transitory articles are cited with a qualifier (`primero transitorio`): the language files name them.
        let qualifiers = (try? mapping.workspace.mappings.drafting())?.transitoryQualifiers ?? []
        var evaluations: [DocumentEvaluation] = []
        var unscored: [String] = []
        for document in batch.documents {
            guard let stem = pairing[document.file] else {
                unscored.append(document.file)
                continue
            }
            let path = "\(gold)/\(stem).tsv"
            do {
                let table = try GoldTable(tsv: try String(contentsOfFile: path, encoding: .utf8), file: path, name: stem)
                evaluations.append(
                    DocumentEvaluation(
                        alignment: document.alignment, gold: table, transitoryQualifiers: qualifiers,
                        language: document.facts.language?.rawValue))
            } catch let error as GoldTable.ParseError {
                failures.append(error.description)
            } catch {
                failures.append("\(path): error: cannot read: \(error.localizedDescription)")
            }
        }
        evaluations.sort { $0.gold < $1.gold }
        return Outcome(
            summary: EvaluationSummary(documents: evaluations), stems: stems, unscored: unscored, failures: failures)
    }
}
