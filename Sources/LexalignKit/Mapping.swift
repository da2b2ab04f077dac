import AkomaNtoso
import Alignment
import Foundation
import LexalignSupport

/// Maps documents against a workspace's instrument, with the workspace's expert reviews applied (none when it
/// was loaded without them): what `map`, `evaluate` and `report` share.
public struct Mapping: Sendable {
    public let workspace: Workspace
    /// One mapper per language met, built on first use (compiling signals takes time: only what is needed).
    private let mappers = MapperPool()

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// A document's provisions and their alignment.
    public struct Aligned: Sendable {
        public let provisions: [Provision]
        public let alignment: DocumentAlignment
        /// What each provision does (by eId), as the mapper read it.
        public let roles: [String: ProvisionRole]
        /// The findings of the articles assessed on other articles' provisions, as the mapper read them (see
        /// `Mapper.Reading`); pairs an expert added may need more.
        public let derivedFindings: [String: [String: [ElementFinding]]]
    }

    /// A mapped document of a batch: what is kept of it once mapped (not its text).
    public struct Mapped: Sendable {
        public let file: String
        public let facts: DocumentFacts
        public let alignment: DocumentAlignment
        public let provisionCount: Int
    }

    /// A batch's documents in input order, one error for each file that could not be mapped, and where the time
    /// went.
    public struct Batch: Sendable {
        public let documents: [Mapped]
        public let failures: [LexalignError]
        /// Summed over threads.
        public let parsing: Duration
        /// Summed over threads.
        public let mapping: Duration
        public var provisionCount: Int { documents.reduce(0) { $0 + $1.provisionCount } }
    }

    /// Reads an AKN document whose language the mapper knows.
    public static func read(_ file: String) throws(LexalignError) -> (Document, DocumentFacts) {
        let parsed: ParsedDocument
        do {
            parsed = try AKNParser().parse(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw LexalignError(.badInput, error.diagnostics)
        }
        let facts = DocumentFacts(parsed.document)
        guard facts.language != nil else {
            throw LexalignError(.badInput, [
                "\(file):1:1: error: the document's language (FRBRExpression/FRBRlanguage) is missing or not one of es, pt, en, fr",
            ])
        }
        return (parsed.document, facts)
    }

    /// The mapper for a language, shared by every thread of the run.
    public func mapper(for language: Language) -> Mapper {
        mappers.mapper(for: language, workspace: workspace)
    }

    /// Aligns a document's provisions (`facts.language` must be set, as `read` ensures) with the workspace's
    /// reviews applied (a decision applies only while the provision's text is the one the expert read).
    public func align(_ document: Document, facts: DocumentFacts) -> Aligned {
        let language = facts.language!
        let provisions = document.provisions
        let mapper = mapper(for: language)
        let reading = mapper.read(documentURI: facts.expressionURI, language: language, provisions: provisions)
        let decisions = ReviewFile.decisions(in: workspace.reviews, country: facts.country)
        let alignment = ReviewApplier(mapper: mapper).apply(
            decisions, to: reading.alignment, provisions: provisions, language: language)
        return Aligned(
            provisions: provisions, alignment: alignment, roles: reading.roles, derivedFindings: reading.derivedFindings)
    }

    /// Reads and maps `files` on every core; results come back in input order (the same output as a sequential
    /// run). A file that cannot be read is named in `failures` and the batch goes on.
    public func map(_ files: [String], progress: some ProgressObserver = NoProgress()) -> Batch {
        let clock = ContinuousClock()
        var outcomes = [Result<(Mapped, Duration, Duration), LexalignError>?](repeating: nil, count: files.count)
        var done = 0
        // 64 files at a time, so that progress can be told between batches; largest first, so that each batch ends
        // on small files and no core waits long for the other at its end (results go back in input order).
        for slice in Self.largestFirst(files).batches(of: 64) {
            let results = Array(slice).concurrentMap { position -> Result<(Mapped, Duration, Duration), LexalignError> in
                let file = files[position]
                do throws(LexalignError) {
                    let parseStart = clock.now
                    let (document, facts) = try Self.read(file)
                    let mapStart = clock.now
                    let aligned = align(document, facts: facts)
                    let mapped = Mapped(
                        file: file, facts: facts, alignment: aligned.alignment, provisionCount: aligned.provisions.count)
                    return .success((mapped, mapStart - parseStart, clock.now - mapStart))
                } catch {
                    return .failure(error)
                }
            }
            for (position, result) in zip(slice, results) { outcomes[position] = result }
            done += slice.count
            progress.report(.mapping, done: done, total: files.count, step: slice.last.map { URL(fileURLWithPath: files[$0]).lastPathComponent } ?? "")
        }
        var documents: [Mapped] = []
        var failures: [LexalignError] = []
        var parsing = Duration.zero
        var mapping = Duration.zero
        for case let outcome? in outcomes {
            switch outcome {
            case .success(let (document, parse, map)):
                documents.append(document)
                parsing += parse
                mapping += map
            case .failure(let error):
                failures.append(error)
            }
        }
        return Batch(documents: documents, failures: failures, parsing: parsing, mapping: mapping)
    }
}

extension Mapping {
    /// The positions of `files`, the largest file first (mapping time grows with size); equal sizes in input order,
    /// so the order is the same in every run. A file that cannot be read counts as empty (its error comes later).
    static func largestFirst(_ files: [String]) -> [Int] {
        let sizes = files.map { file in
            ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue ?? 0
        }
        return files.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
    }
}

/// Shared by the threads that map documents in parallel (`concurrentMap`). Each language has its own lock, which
/// guards its mapper's slot only: a thread building one language's mapper (a tenth of a second) does not hold up
/// a thread that needs another language's. A `Mapper` is an immutable value, safe to use from any thread.
private final class MapperPool: Sendable {
    private let slots = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Slot()) })

    func mapper(for language: Language, workspace: Workspace) -> Mapper {
        slots[language]!.mapper {
            Mapper(
                instrument: workspace.instrument, lexicons: workspace.lexicons, drafting: workspace.drafting,
                languages: [language])
        }
    }

    private final class Slot: @unchecked Sendable {
        private var built: Mapper?
        private let lock = NSLock()

        func mapper(_ build: () -> Mapper) -> Mapper {
            lock.lock()
            defer { lock.unlock() }
            if let built { return built }
            let mapper = build()
            built = mapper
            return mapper
        }
    }
}
