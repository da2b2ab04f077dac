import AkomaNtoso

/// Everything in a `Mappings/` folder that describes instruments and states: what the mapper and the reports load
/// before they look at a national law.
///
/// Built from file contents (the CLI reads the folder), so it stays a function from values to values. Bad files are
/// reported and skipped; the rest still loads.
public struct MappingCatalog: Sendable {
    /// A file of the folder: its path (as shown in diagnostics) and its text.
    public struct SourceFile: Sendable, Hashable {
        public let path: String
        public let text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Instruments by id, in id order.
    public let instruments: [Instrument]
    /// The concept lexicons, one per language.
    public let lexicons: ConceptLexicons
    /// States in code order.
    public let parties: [PartyStatus]
    /// Findings in file order, then line order.
    public let diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public func instrument(_ id: String) -> Instrument? {
        instruments.first { $0.id == id }
    }

    public func party(_ state: String) -> PartyStatus? {
        parties.first { $0.state == state }
    }

    /// Loads the lexicons first, then the instruments against them (when there are lexicon files), then the party
    /// files against the instruments.
    public static func load(
        instrumentFiles: [SourceFile], partyFiles: [SourceFile], lexiconFiles: [SourceFile] = []
    ) -> MappingCatalog {
        var diagnostics: [Diagnostic] = []
        var lexicons: [Language: ConceptLexicon] = [:]
        for file in lexiconFiles.sorted(by: { $0.path < $1.path }) {
            let result = ConceptLexiconLoader.load(file.text, file: file.path)
            diagnostics += result.diagnostics
            guard let lexicon = result.lexicon else { continue }
            if lexicons[lexicon.language] != nil {
                diagnostics.append(
                    Diagnostic(.error, "language '\(lexicon.language.rawValue)' has two lexicons", file: file.path, line: 1))
                continue
            }
            lexicons[lexicon.language] = lexicon
        }
        let loadedLexicons = ConceptLexicons(Array(lexicons.values))
        var instruments: [String: Instrument] = [:]
        for file in instrumentFiles.sorted(by: { $0.path < $1.path }) {
            let result = InstrumentLoader.load(
                file.text, file: file.path, lexicons: lexiconFiles.isEmpty ? nil : loadedLexicons)
            diagnostics += result.diagnostics
            guard let instrument = result.instrument else { continue }
            if instruments[instrument.id] != nil {
                diagnostics.append(
                    Diagnostic(.error, "instrument '\(instrument.id)' is defined twice", file: file.path, line: 1))
                continue
            }
            instruments[instrument.id] = instrument
        }
        var parties: [String: PartyStatus] = [:]
        for file in partyFiles.sorted(by: { $0.path < $1.path }) {
            let result = PartyLoader.load(file.text, file: file.path, instruments: instruments)
            diagnostics += result.diagnostics
            guard let party = result.party else { continue }
            if parties[party.state] != nil {
                diagnostics.append(
                    Diagnostic(.error, "state '\(party.state)' is defined twice", file: file.path, line: 1))
                continue
            }
            parties[party.state] = party
        }
        return MappingCatalog(
            instruments: instruments.keys.sorted().compactMap { instruments[$0] }, lexicons: loadedLexicons,
            parties: parties.keys.sorted().compactMap { parties[$0] },
            diagnostics: diagnostics)
    }
}
