import AkomaNtoso
import Foundation
import LexalignSupport
import TextImport

/// Imports official law texts (header block + text) into AKN acts under a corpus root: converted on every core,
/// written (or compared, in check mode) and reported in input order. A bad file is reported and the batch goes on.
public struct ImportBatch: Sendable {
    /// A text to import and the header fields supplied or overridden for it.
    public struct Input: Sendable, Hashable {
        public let file: String
        public let fields: [String: String]

        public init(file: String, fields: [String: String] = [:]) {
            self.file = file
            self.fields = fields
        }
    }

    public enum Mode: Sendable, Hashable {
        /// Write each act (atomically) to its corpus path.
        case write
        /// Write nothing: compare a fresh import with the committed file.
        case check
    }

    /// What became of one input.
    public enum Result: Sendable, Hashable {
        /// Written to this path.
        case written(String)
        /// In check mode: the committed file at this path is what a fresh import gives.
        case unchanged(String)
        /// In check mode: the committed file differs from a fresh import (or is missing).
        case differs(Diagnostic)
        /// The input could not be imported or written.
        case failed([Diagnostic])
    }

    /// One input's outcome, with the warnings of its conversion (lines kept outside any article, characters XML
    /// cannot carry).
    public struct Report: Sendable, Hashable {
        public let input: String
        public let warnings: [Diagnostic]
        public let result: Result
    }

    public struct Summary: Sendable, Hashable {
        public let inputs: Int
        /// The inputs that failed, in input order.
        public let failed: [String]
        /// In check mode: committed files that differ from a fresh import.
        public let differing: [String]
        /// In check mode with a manifest: committed acts that no input produces any more.
        public let stale: [Diagnostic]
        public var differences: Int { differing.count + stale.count }
    }

    /// The corpus root written into (`Corpus`).
    public let output: String
    public let mode: Mode
    /// What the importer knows of drafting (`Mappings/languages`, `Mappings/traditions`).
    public let drafting: DraftingKnowledge

    public init(output: String, mode: Mode = .write, drafting: DraftingKnowledge) {
        self.output = output
        self.mode = mode
        self.drafting = drafting
    }

    /// The inputs of a call: the files with `overrides`, then the entries of a manifest (`Corpus/sources.tsv`) with
    /// their own fields, `overrides` winning.
    public static func inputs(files: [String], manifest: String?, overrides: [String: String]) throws(LexalignError)
        -> [Input]
    {
        var inputs = files.map { Input(file: $0, fields: overrides) }
        guard let manifest else { return inputs }
        let text: String
        do {
            text = try String(contentsOfFile: manifest, encoding: .utf8)
        } catch {
            throw LexalignError(.badInput, ["\(manifest): error: cannot read the manifest (\(error.localizedDescription))"])
        }
        do {
            let parsed = try CorpusManifest(parsing: text, file: manifest)
            inputs += parsed.entries.map { entry in
                Input(file: entry.input, fields: entry.fields.merging(overrides) { _, override in override })
            }
        } catch {
            throw LexalignError(.badInput, error.diagnostics)
        }
        return inputs
    }

    /// Imports `inputs`, 64 at a time on all cores, handing each outcome to `report` in input order as soon as its
    /// batch is done. With `findingStale` (check mode, inputs from a manifest), every act under the root that no
    /// input produced is a difference.
    public func run(_ inputs: [Input], findingStale: Bool = false, report: (Report) -> Void) -> Summary {
        let importer = Importer(drafting: drafting)
        var failed: [String] = []
        var differing: [String] = []
        var written: [String: String] = [:]
        for slice in inputs.batches(of: 64) {
            let conversions = Array(slice).concurrentMap { Self.convert($0, importer: importer) }
            for (input, conversion) in zip(slice, conversions) {
                let result: Result
                var warnings: [Diagnostic] = []
                switch conversion {
                case .failed(let diagnostics):
                    result = .failed(diagnostics)
                case .converted(let xml, let corpusPath, let conversionWarnings):
                    warnings = conversionWarnings
                    result = place(xml, at: corpusPath, from: input.file, written: &written)
                }
                switch result {
                case .failed: failed.append(input.file)
                case .differs(let difference): differing.append(difference.file ?? input.file)
                case .written, .unchanged: break
                }
                report(Report(input: input.file, warnings: warnings, result: result))
            }
        }
        let stale = mode == .check && findingStale ? staleActs(produced: written) : []
        return Summary(inputs: inputs.count, failed: failed, differing: differing, stale: stale)
    }

    /// Writes (or, in check mode, compares) one converted act; two inputs of a batch may not claim the same path.
    private func place(_ xml: String, at corpusPath: String, from file: String, written: inout [String: String]) -> Result {
        let path = URL(fileURLWithPath: output).appendingPathComponent(corpusPath).path
        if let earlier = written[path] {
            return .failed([Diagnostic(
                .error,
                "would overwrite \(path), already written for \(earlier) in this batch (same work, date and language: give a 'version' or 'number' header field)",
                file: file)])
        }
        written[path] = file
        switch mode {
        case .check:
            let committed = try? String(contentsOfFile: path, encoding: .utf8)
            guard committed == xml else {
                return .differs(Diagnostic(.error, "differs from a fresh import of \(file)", file: path))
            }
            return .unchanged(path)
        case .write:
            do {
                try AtomicFile.write(xml, to: path)
                return .written(path)
            } catch {
                return .failed([Diagnostic(.error, "cannot write \(path) (\(error.localizedDescription))", file: file)])
            }
        }
    }

    /// The acts under the root that no input of the run produced, by path.
    private func staleActs(produced written: [String: String]) -> [Diagnostic] {
        let root = URL(fileURLWithPath: output)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var stale: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "xml", written[url.path] == nil { stale.append(url.path) }
        }
        return stale.sorted().map { Diagnostic(.error, "not produced by any input of the manifest", file: $0) }
    }

    /// One input as AKN XML, or the diagnostics that stopped it: the part of an import that runs on all cores.
    private enum Conversion: Sendable {
        case converted(xml: String, corpusPath: String, warnings: [Diagnostic])
        case failed([Diagnostic])
    }

    private static func convert(_ input: Input, importer: Importer) -> Conversion {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: input.file))
        } catch {
            return .failed([Diagnostic(.error, "cannot read the file (\(error.localizedDescription))", file: input.file)])
        }
        do {
            let text = try LawText.decode(data, file: input.file)
            let result = try importer.importText(text, file: input.file, fields: input.fields)
            let xml = XMLWriter(indent: "  ").string(for: result.document)
            return .converted(xml: xml, corpusPath: result.corpusPath, warnings: result.diagnostics)
        } catch {
            return .failed(error.diagnostics)
        }
    }
}
