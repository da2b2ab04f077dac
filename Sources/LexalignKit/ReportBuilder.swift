import AkomaNtoso
import Alignment
import Foundation
import LexalignSupport
import Reports

/// Builds the report (the portal and its Markdown, JSON and CSV companions) from a corpus folder and a Mappings
/// folder: maps every national document with the expert reviews applied, analyses each state and renders the site.
/// All or nothing: a portal built from part of the corpus would misstate coverage, so every bad file is named
/// together and nothing is written.
public struct ReportBuilder: Sendable {
    /// AKN documents: `<cc>/*.xml` per state, `instruments/*.xml` for the instruments' texts.
    public let corpus: URL
    public let mappings: String
    public let instrument: String
    /// A folder of Mustache templates and assets replacing the bundled ones; nil: the bundled ones.
    public let templates: URL?

    public init(corpus: URL, mappings: String, instrument: String, templates: URL? = nil) {
        self.corpus = corpus
        self.mappings = mappings
        self.instrument = instrument
        self.templates = templates
    }

    /// Loads the workspace once (instrument, parties, reviews, `corpus.yaml`), reads and maps the corpus on every
    /// core, and assembles the report input. Bad files of both folders are named together after the whole corpus
    /// was read.
    public func input(progress: some ProgressObserver = NoProgress()) throws(LexalignError) -> ReportInput {
        try mapped(progress: progress).input
    }

    /// `input`, with the mapping it was made with (its mappers, its workspace): what an evaluation needs to
    /// re-read provisions.
    public func mapped(progress: some ProgressObserver = NoProgress()) throws(LexalignError)
        -> (input: ReportInput, mapping: Mapping)
    {
        let loaded = try Workspace.loadNamingProblems(mappings: mappings, instrument: instrument, including: .all)
        let workspace = loaded.0
        var problems = loaded.problems
        let mapping = Mapping(workspace: workspace)
        let files = Self.xmlFiles(in: corpus)
        guard !files.isEmpty else {
            throw LexalignError(.badInput, ["\(corpus.path): error: no AKN documents (*.xml) found"])
        }
        var instrumentDocuments: [Document] = []
        var national: [ReportInputBuilder.Mapped] = []
        // Batches of files parsed and mapped on every core, gathered in path order (same report as a sequential run).
        var done = 0
        for batch in files.batches(of: 64) {
            for outcome in Array(batch).concurrentMap({ Self.read($0, mapping: mapping) }) {
                switch outcome {
                case .instrument(let document): instrumentDocuments.append(document)
                case .national(let mapped): national.append(mapped)
                case .problems(let diagnostics): problems += diagnostics
                }
            }
            done += batch.count
            progress.report(.mapping, done: done, total: files.count, step: batch.last!.lastPathComponent)
        }
        if !problems.isEmpty { throw LexalignError(.badInput, problems) }
        let input = ReportInputBuilder.build(
            instrument: workspace.instrument, instrumentDocuments: instrumentDocuments, national: national,
            parties: workspace.parties, manifest: workspace.corpusManifest)
        return (input, mapping)
    }

    /// Every file of the report, held in memory (what `check` compares with a committed tree).
    public func site(progress: some ProgressObserver = NoProgress()) throws(LexalignError) -> ReportSite {
        let input = try input(progress: progress)
        let (templateTexts, assets) = try templateFiles()
        return try rendering {
            try ReportSite.build(input, templates: templateTexts, assets: assets, progress: update(progress))
        }
    }

    /// What `write(to:)` did: the site (its `files` empty: they were written as rendered) and the tree's counts.
    public struct Written: Sendable {
        public let site: ReportSite
        public let files: Int
        public let written: Int
        public let removed: Int
    }

    /// Builds the report into `out`, writing each page as it is rendered (a large corpus's report is hundreds of MiB)
    /// and only when its bytes change, then removing the pages no longer generated. Nothing is written when an input
    /// is bad.
    public func write(to out: URL, progress: some ProgressObserver = NoProgress()) throws(LexalignError) -> Written {
        let input = try input(progress: progress)
        let (templateTexts, assets) = try templateFiles()
        let writer = ReportTree.Writer(root: out)
        let site = try rendering {
            try ReportSite.stream(input, templates: templateTexts, assets: assets, progress: update(progress)) {
                path, data in
                do {
                    try writer.write(path, data)
                } catch {
                    throw WriteFailure(path: out.appendingPathComponent(path).path, error: error)
                }
            }
        }
        let removed: Int
        do {
            removed = try writer.removeStale()
        } catch {
            throw LexalignError(.cannotWrite, ["\(out.path): error: cannot remove a stale page (\(error.localizedDescription))"])
        }
        return Written(site: site, files: writer.paths.count, written: writer.written, removed: removed)
    }

    // MARK: - Reading the corpus

    private enum Outcome: Sendable {
        case instrument(Document)
        case national(ReportInputBuilder.Mapped)
        case problems([String])
    }

    /// One corpus file: an instrument's text, kept whole, or a national document mapped with reviews applied, its
    /// provisions that create an offence of their own marked (so that unaligned offences are listed apart from
    /// penalties), and the findings of the articles assessed on other articles' provisions.
    private static func read(_ file: URL, mapping: Mapping) -> Outcome {
        let document: Document
        do {
            document = try AKNParser().parse(contentsOf: file).document
        } catch {
            return .problems(error.diagnostics.map(\.description))
        }
        if file.deletingLastPathComponent().lastPathComponent == "instruments" { return .instrument(document) }
        let facts = DocumentFacts(document)
        guard let language = facts.language else {
            return .problems(["\(file.path):1:1: error: the document's language is missing or not one of es, pt, en, fr"])
        }
        let aligned = mapping.align(document, facts: facts)
        let mapper = mapping.mapper(for: language)
        let offences = aligned.provisions.filter { aligned.roles[$0.eId]?.isOffenceOfItsOwn == true }
        // Articles assessed on other articles' provisions (sanctions, safeguards) read those provisions here.
        let derived = ReportInputBuilder.derivedFindings(
            instrument: mapper.instrument, provisions: aligned.provisions, alignment: aligned.alignment,
            known: aligned.derivedFindings
        ) { mapper.findings(for: $0, articles: $1, language: language) }
        return .national(.init(
            document: document, provisions: aligned.provisions, alignment: aligned.alignment,
            offences: Set(offences.map(\.eId)), derivedFindings: derived))
    }

    /// Every `.xml` file under the corpus folder, sorted by path.
    private static func xmlFiles(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path }
    }

    // MARK: - Rendering

    /// The templates (`*.mustache`) and assets of the templates folder.
    private func templateFiles() throws(LexalignError) -> (templates: [String: String], assets: [String: Data]) {
        guard let folder = templates ?? BundledTemplates.directory else {
            throw LexalignError(.cannotRead, ["error: the bundled templates are missing from lexalign's resources"])
        }
        do {
            return TemplateFolder.split(try ReportTree.readFlat(folder))
        } catch {
            throw LexalignError(.cannotRead, ["\(folder.path): error: cannot read the templates (\(error.localizedDescription))"])
        }
    }

    private func update(_ progress: some ProgressObserver) -> (Int, Int, String) -> Void {
        { done, total, step in progress.report(.rendering, done: done, total: total, step: step) }
    }

    private struct WriteFailure: Error {
        let path: String
        let error: any Error
    }

    /// Runs the renderer, naming a template that does not compile with its folder, and a page that cannot be
    /// written with its path.
    private func rendering(_ render: () throws -> ReportSite) throws(LexalignError) -> ReportSite {
        do {
            return try render()
        } catch let error as HTMLRenderer.TemplateError {
            let folder = templates ?? BundledTemplates.directory
            throw LexalignError(.badInput, ["\(folder?.path ?? "templates")/\(error)"])
        } catch let failure as WriteFailure {
            throw LexalignError(.cannotWrite, ["\(failure.path): error: cannot write (\(failure.error.localizedDescription))"])
        } catch {
            throw LexalignError(.badInput, ["error: \(error)"])
        }
    }
}
