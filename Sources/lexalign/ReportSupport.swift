import AkomaNtoso
import Alignment
import ArgumentParser
import DataFiles
import Foundation
import LexalignKit
import LexalignSupport
import Reports

/// Where `report` and `check` read from.
struct ReportSources: ParsableArguments {
    @Option(help: "Folder of AKN documents: <cc>/*.xml per state, instruments/*.xml for the instruments' texts.")
    var corpus = "Corpus"

    @Option(help: "Folder with instruments/, parties/, reviews/ and corpus.yaml.")
    var mappings = "Mappings"

    @Option(help: "Instrument to report against (a file in <mappings>/instruments/).")
    var instrument = "budapest"

    @Option(help: "Folder of Mustache templates and assets replacing the bundled ones (see Sources/Reports/Templates/README.md).")
    var templates: String?

    /// Loads, maps and renders; bad input ends the command with status 65 after naming every problem.
    /// With `emit`, each file is handed over as soon as it is rendered and the site's `files` is empty (see
    /// `ReportSite.stream`); without, the site holds every file.
    func buildSite(progress: ProgressLine, emit: ((String, Data) throws -> Void)? = nil) throws -> ReportSite {
        let input: ReportInput
        do {
            input = try ReportInputLoader(
                corpus: URL(fileURLWithPath: corpus), mappings: URL(fileURLWithPath: mappings), instrument: instrument
            ).load(progress: progress)
        } catch let error as ReportInputLoader.Failure {
            progress.finish()
            error.diagnostics.forEach(printError)
            throw ExitCode(65)
        }
        let folder = try templates.map { URL(fileURLWithPath: $0) } ?? {
            guard let bundled = BundledTemplates.directory else { throw ValidationError("the bundled templates are missing") }
            return bundled
        }()
        let (templateTexts, assets) = TemplateFolder.split(try ReportTree.readFlat(folder))
        do {
            let update = { (done: Int, total: Int, step: String) in progress.update("rendering", done, total, step) }
            if let emit {
                return try ReportSite.stream(input, templates: templateTexts, assets: assets, progress: update, emit: emit)
            }
            return try ReportSite.build(input, templates: templateTexts, assets: assets, progress: update)
        } catch let error as HTMLRenderer.TemplateError {
            progress.finish()
            printError("\(folder.path)/\(error)")
            throw ExitCode(65)
        }
    }
}

/// Reads the corpus and the mappings, maps every national document (expert reviews applied), and assembles the
/// report input. Bad files are collected and reported together (status 65) after the whole corpus was read.
struct ReportInputLoader {
    let corpus: URL
    let mappings: URL
    let instrument: String

    struct Failure: Error {
        let diagnostics: [String]
    }

    func load(progress: ProgressLine) throws -> ReportInput {
        var problems: [String] = []
        let catalog: MappingCatalog
        do {
            catalog = try MappingFiles.catalog(in: mappings.path)
        } catch {
            throw Failure(diagnostics: ["\(error)"])
        }
        problems += catalog.diagnostics.filter { $0.severity == .error }.map(\.description)
        guard let instrument = catalog.instrument(self.instrument) else {
            throw Failure(diagnostics: problems + [
                "\(mappings.path)/instruments/\(self.instrument).yaml: error: no instrument '\(self.instrument)'",
            ])
        }
        var manifest = CorpusManifest()
        let manifestURL = mappings.appendingPathComponent("corpus.yaml")
        if FileManager.default.fileExists(atPath: manifestURL.path) {
            do {
                manifest = try CorpusManifest(yaml: String(contentsOf: manifestURL, encoding: .utf8), file: manifestURL.path)
            } catch let error as DataFileErrors {
                problems.append(error.description)
            } catch {
                problems.append("\(manifestURL.path): error: \(error)")
            }
        }

        let session = try MappingSession(mappings: mappings.path, instrument: self.instrument, reviews: true)
        let files = xmlFiles(in: corpus)
        guard !files.isEmpty else { throw Failure(diagnostics: ["\(corpus.path): error: no AKN documents (*.xml) found"]) }
        var instrumentDocuments: [Document] = []
        var national: [ReportInputBuilder.Mapped] = []
        // Batches of files parsed and mapped on every core, gathered in path order (same report as a sequential run).
        var done = 0
        for batch in files.batches(of: 64) {
            for outcome in Array(batch).concurrentMap({ Self.read($0, session: session) }) {
                switch outcome {
                case .instrument(let document): instrumentDocuments.append(document)
                case .national(let mapped): national.append(mapped)
                case .problems(let diagnostics): problems += diagnostics
                }
            }
            done += batch.count
            progress.update("mapping", done, files.count, batch.last!.lastPathComponent)
        }
        if !problems.isEmpty { throw Failure(diagnostics: problems) }
        return ReportInputBuilder.build(
            instrument: instrument, instrumentDocuments: instrumentDocuments, national: national,
            parties: catalog.parties, manifest: manifest)
    }

    private enum Outcome: Sendable {
        case instrument(Document)
        case national(ReportInputBuilder.Mapped)
        case problems([String])
    }

    /// One corpus file: an instrument's text, kept whole, or a national document mapped with reviews applied.
    private static func read(_ file: URL, session: MappingSession) -> Outcome {
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
        let mapped = session.align(document: document, facts: facts, applyingReviews: true, file: file.path)
        let mapper = session.mapper(for: language)
        let offences = mapped.provisions.filter { mapper.role(of: $0, language: language).isOffenceOfItsOwn }
        let derived = ReportInputBuilder.derivedFindings(
            instrument: mapper.instrument, provisions: mapped.provisions, alignment: mapped.alignment
        ) { mapper.findings(for: $0, articles: $1, language: language) }
        return .national(.init(
            document: document, provisions: mapped.provisions, alignment: mapped.alignment,
            offences: Set(offences.map(\.eId)), derivedFindings: derived))
    }

    /// Every `.xml` file under the corpus folder, sorted by path.
    private func xmlFiles(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path }
    }
}

/// A one-line progress indicator on standard error, shown only when it is a terminal.
final class ProgressLine {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    func update(_ phase: String, _ done: Int, _ total: Int, _ step: String) {
        guard enabled else { return }
        let line = "\(phase) [\(done)/\(total)] \(step)"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        shown = true
    }

    func finish() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}

/// Reading and writing report trees.
enum ReportTree {
    /// The folders `report` owns inside the output folder: stale files there are removed.
    static let ownedFolders = ["states", "articles", "comparisons"]

    /// Writes each file whose bytes differ (temp file + rename), removes files of the owned folders that are no
    /// longer generated. Returns how many files were written and removed.
    static func write(_ files: [String: Data], to root: URL) throws -> (written: Int, removed: Int) {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let writer = Writer(root: root)
        for path in files.keys.sorted() { try writer.write(path, files[path]!) }
        let removed = try writer.removeStale()
        return (writer.written, removed)
    }

    /// Writes a report file by file as it is rendered, so that the whole tree is never held in memory.
    final class Writer {
        let root: URL
        private(set) var paths: Set<String> = []
        private(set) var written = 0

        /// Nothing is created until the first file is written: a run that fails before rendering leaves no trace.
        init(root: URL) {
            self.root = root
        }

        /// Writes the file if its bytes differ from what is there (temp file + rename).
        func write(_ path: String, _ data: Data) throws {
            paths.insert(path)
            let url = root.appendingPathComponent(path)
            if let existing = try? Data(contentsOf: url), existing == data { return }
            try AtomicFile.write(data, to: url)
            written += 1
        }

        /// Removes the files of the owned folders that were not written this time; returns how many.
        func removeStale() throws -> Int {
            var removed = 0
            for folder in ownedFolders {
                let directory = root.appendingPathComponent(folder)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                for name in names.sorted() where !name.hasPrefix(".") && !paths.contains("\(folder)/\(name)") {
                    let url = directory.appendingPathComponent(name)
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
                    else { continue }
                    try FileManager.default.removeItem(at: url)
                    removed += 1
                }
            }
            return removed
        }
    }

    /// The report files under `root`: files at the top level and in the owned folders, dot files left out.
    static func read(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard FileManager.default.fileExists(atPath: root.path) else { return files }
        for (name, data) in try readFlat(root) { files[name] = data }
        for folder in ownedFolders {
            for (name, data) in try readFlat(root.appendingPathComponent(folder)) { files["\(folder)/\(name)"] = data }
        }
        return files
    }

    /// The regular files directly in a folder (none if it does not exist).
    static func readFlat(_ folder: URL) throws -> [String: Data] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var files: [String: Data] = [:]
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[name] = try Data(contentsOf: url)
        }
        return files
    }
}
