import AkomaNtoso
import Alignment
import DataFiles
import Foundation
import LexalignSupport
import Reports
import struct TextImport.DraftingFormulas

/// What the use cases that map and report read from a `Mappings/` folder, loaded once and shared: the instrument,
/// the states' treaty status, the expert reviews and the corpus manifest (`corpus.yaml`).
public struct Workspace: Sendable {
    /// The parts a use case needs besides the instrument (reports need them all; `map --no-reviews` none).
    public struct Parts: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// `reviews/*.yaml`: the experts' decisions, applied when documents are mapped.
        public static let reviews = Parts(rawValue: 1 << 0)
        /// `parties/*.yaml`: each state's status under the instruments, with its reservations and declarations.
        public static let parties = Parts(rawValue: 1 << 1)
        /// `corpus.yaml`: which documents are in force, superseded or consolidated, and the comparisons asked for.
        public static let corpusManifest = Parts(rawValue: 1 << 2)
        public static let all: Parts = [.reviews, .parties, .corpusManifest]
    }

    public let mappings: MappingsFolder
    public let instrument: Instrument
    /// `lexicons/*.yaml`: the words of each language for the concepts the instrument's elements name.
    public let lexicons: ConceptLexicons
    /// `languages/*.yaml`: the drafting formulas (definitions, amendments) the mapper reads; nil when the folder
    /// has no language files.
    public let drafting: DraftingFormulas?
    /// States in code order; empty unless `.parties` was asked for.
    public let parties: [PartyStatus]
    /// Review files in name order; empty unless `.reviews` was asked for.
    public let reviews: [ReviewFile]
    /// Empty unless `.corpusManifest` was asked for (or the folder has no `corpus.yaml`).
    public let corpusManifest: CorpusManifest
    /// What the instrument and party files' checks found that does not stop their use (`file:line:column:
    /// warning: ...`).
    public let warnings: [Diagnostic]

    /// Loads the instrument `id` and the parts asked for. Every bad file is named in one error (bad input); an
    /// instrument with no file in the folder is `cannotRead`.
    public static func load(mappings: String, instrument id: String, including parts: Parts = []) throws(LexalignError)
        -> Workspace
    {
        let (workspace, problems) = try loadNamingProblems(mappings: mappings, instrument: id, including: parts)
        guard problems.isEmpty else { throw LexalignError(.badInput, problems) }
        return workspace
    }

    /// Loads what it can and returns the errors of the folder's files beside it, so that `report` can name them
    /// together with the corpus's. Throws only when there is no instrument to work with.
    static func loadNamingProblems(mappings path: String, instrument id: String, including parts: Parts)
        throws(LexalignError) -> (Workspace, problems: [String])
    {
        let mappings = MappingsFolder(path)
        // Party files name instruments by id: they are checked against every instrument of the folder.
        let instrumentFiles = try mappings.files(in: "instruments")
        let partyFiles = parts.contains(.parties) ? try mappings.files(in: "parties") : []
        let lexiconFiles = try mappings.files(in: "lexicons")
        // The catalog, the drafting formulas and the reviews with the manifest do not depend on one another: they
        // are read on two cores (a third of a second alone at start-up, with a core idle). Problems are listed in
        // the order of a sequential load.
        let loaded = [LoadedPart.Kind.catalog, .drafting, .reviewsAndManifest].concurrentMap { kind -> LoadedPart in
            switch kind {
            case .catalog:
                return .catalog(MappingCatalog.load(
                    instrumentFiles: instrumentFiles, partyFiles: partyFiles, lexiconFiles: lexiconFiles))
            case .drafting:
                return .drafting(loadDrafting(in: mappings))
            case .reviewsAndManifest:
                var problems: [String] = []
                let manifest = parts.contains(.corpusManifest) ? loadManifest(in: mappings, problems: &problems) : CorpusManifest()
                let reviews = parts.contains(.reviews) ? loadReviews(in: mappings, problems: &problems) : []
                return .reviewsAndManifest(reviews, manifest, problems)
            }
        }
        guard case .catalog(let catalog) = loaded[0], case .drafting(let (drafting, draftingProblems)) = loaded[1],
            case .reviewsAndManifest(let reviews, let manifest, let readingProblems) = loaded[2]
        else { preconditionFailure("workspace parts out of order") }
        var problems = catalog.diagnostics.filter { $0.severity == .error }.map(\.description)
        guard let instrument = catalog.instrument(id) else {
            guard let file = instrumentFiles.first(where: { MappingsFolder.instrumentID(ofFile: $0.path) == id }) else {
                throw mappings.unknownInstrument(id, among: instrumentFiles)
            }
            if problems.isEmpty { problems.append("\(file.path): error: defines no instrument '\(id)'") }
            throw LexalignError(.badInput, problems)
        }
        problems += readingProblems + draftingProblems
        let workspace = Workspace(
            mappings: mappings, instrument: instrument, lexicons: catalog.lexicons, drafting: drafting,
            parties: catalog.parties,
            reviews: reviews,
            corpusManifest: manifest, warnings: catalog.diagnostics.filter { $0.severity != .error })
        return (workspace, problems)
    }

    /// A part of the workspace read on its own core.
    private enum LoadedPart: Sendable {
        enum Kind: Sendable { case catalog, drafting, reviewsAndManifest }
        case catalog(MappingCatalog)
        case drafting((DraftingFormulas?, [String]))
        case reviewsAndManifest([ReviewFile], CorpusManifest, [String])
    }

    private static func loadManifest(in mappings: MappingsFolder, problems: inout [String]) -> CorpusManifest {
        let file = URL(fileURLWithPath: mappings.path).appendingPathComponent("corpus.yaml")
        guard FileManager.default.fileExists(atPath: file.path) else { return CorpusManifest() }
        do {
            return try CorpusManifest(yaml: String(contentsOf: file, encoding: .utf8), file: file.path)
        } catch let error as DataFileErrors {
            problems.append(error.description)
        } catch {
            problems.append("\(file.path): error: \(error)")
        }
        return CorpusManifest()
    }

    private static func loadDrafting(in mappings: MappingsFolder) -> (DraftingFormulas?, [String]) {
        guard FileManager.default.fileExists(atPath: "\(mappings.path)/languages") else { return (nil, []) }
        do throws(LexalignError) {
            return (try mappings.drafting().formulas, [])
        } catch {
            return (nil, error.messages)
        }
    }

    private static func loadReviews(in mappings: MappingsFolder, problems: inout [String]) -> [ReviewFile] {
        let folder = "\(mappings.path)/reviews"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var files: [ReviewFile] = []
        for name in names {
            let file = "\(folder)/\(name)"
            do {
                files.append(try ReviewFile.load(try String(contentsOfFile: file, encoding: .utf8), path: file))
            } catch let error as ReviewErrors {
                problems.append(error.description)
            } catch {
                problems.append("\(file): error: cannot read: \(error.localizedDescription)")
            }
        }
        return files
    }

    /// The review file a country's decisions are recorded in.
    public func reviewFile(country: String) -> String {
        "\(mappings.path)/reviews/\(country).yaml"
    }
}
