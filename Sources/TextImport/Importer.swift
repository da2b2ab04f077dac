import AkomaNtoso
import Foundation

/// Turns an official text (see `LawText`) into an Akoma Ntoso act, without hand markup: structure and numbers
/// are read off the printed text, editorial notes kept as remarks, amending articles become `mod`s holding the
/// articles they insert. Nothing is dropped: every input character of the body is in the document's text.
///
/// What it knows of drafting comes from `drafting` (the language and tradition files of `Mappings/`): the
/// tradition of each text is recognised from its lines (or named by a `tradition:` header field), and its
/// shapes read the structure.
public struct Importer: Sendable {
    public let drafting: DraftingKnowledge
    /// Each tradition's grammar, compiled once.
    private let grammars: [String: Numbering]

    public init(drafting: DraftingKnowledge) {
        self.drafting = drafting
        var grammars: [String: Numbering] = [:]
        for tradition in drafting.traditions {
            grammars[tradition.name] = Numbering(tradition: tradition, lexicon: drafting.lexicon)
        }
        self.grammars = grammars
    }

    /// The result of importing one text.
    public struct Result: Sendable {
        public let document: Document
        /// Warnings (lines kept outside any article, structure split or kept as found); errors are thrown instead.
        public let diagnostics: [Diagnostic]
        /// The FRBR expression URI of the document.
        public let expression: FRBRURI
        /// Where the document goes in a corpus, relative to its root: `cl/act-2022-21459.xml`.
        public let corpusPath: String
        /// The drafting tradition the text was read in.
        public let tradition: String
    }

    /// Parses the header and imports the body. `fields` supplies or overrides header fields.
    public func importText(_ text: String, file: String? = nil, fields: [String: String] = [:]) throws(ImportError)
        -> Result
    {
        let law = try LawText(parsing: text, file: file, fields: fields, languageCodes: drafting.languageCodes)
        if let name = law.tradition, drafting.tradition(named: name) == nil {
            throw ImportError(diagnostics: [
                Diagnostic(
                    .error,
                    "unknown tradition '\(name)' (expected one of: \(drafting.traditions.map(\.name).joined(separator: ", ")))",
                    file: file, line: law.traditionLine)
            ])
        }
        return importLaw(law, file: file)
    }

    public func importLaw(_ law: LawText, file: String? = nil) -> Result {
        let detected = law.tradition ?? detectTradition(of: law.body.map(\.text))
        var reading = read(law, in: detected, file: file)
        // A layout the cues do not know (a gazette's `4. Using a program.`) can leave a text whose cues point to
        // one tradition with no provision in that tradition's shapes: it is read in each other tradition, and the
        // reading that finds the most provisions is kept, with a warning that says so.
        if law.tradition == nil, reading.outline.provisionCount == 0 {
            for tradition in drafting.traditions where tradition.name != detected {
                let other = read(law, in: tradition.name, file: file)
                if other.outline.provisionCount > reading.outline.provisionCount { reading = other }
            }
            if reading.tradition != detected {
                reading.diagnostics.insert(
                    Diagnostic(
                        .warning,
                        "read in the \(reading.tradition) tradition: the text's cues point to the \(detected) tradition, whose shapes find no provision in it (name one with a 'tradition:' header field)",
                        file: file, line: 1),
                    at: 0)
            }
        }
        let naming = WorkNaming(law: law, lexicon: drafting.lexicon)
        var renderer = AKNRenderer(lexicon: drafting.lexicon)
        let act = renderer.act(outline: reading.outline, law: law, naming: naming)
        return Result(
            document: Document(documentElement: act), diagnostics: reading.diagnostics, expression: naming.expression,
            corpusPath: naming.corpusPath, tradition: reading.tradition)
    }

    /// A law's outline as one tradition's shapes read it.
    private struct Reading {
        let tradition: String
        let outline: Outline
        var diagnostics: [Diagnostic]
    }

    private func read(_ law: LawText, in tradition: String, file: String?) -> Reading {
        guard let numbering = grammars[tradition] ?? grammars.values.first else {
            preconditionFailure("drafting knowledge without a tradition")
        }
        var reader = OutlineReader(numbering: numbering, file: file, country: law.country)
        let outline = reader.read(law.body)
        return Reading(tradition: tradition, outline: outline, diagnostics: reader.diagnostics)
    }

    /// The tradition whose cues the lines match most; the default tradition on a tie or when none matches.
    public func detectTradition(of lines: [String]) -> String {
        let fallback = drafting.defaultTradition?.name ?? ""
        var best = (name: fallback, score: 0)
        for tradition in drafting.traditions {
            guard let numbering = grammars[tradition.name] else { continue }
            let score = numbering.score(lines)
            if score > best.score || (score == best.score && tradition.name == fallback && score > 0) {
                best = (tradition.name, score)
            }
        }
        return best.name
    }
}

/// FRBR identity and corpus file name of an imported text.
///
/// Number: the header's `number`, else the number of the law in the title (`Ley N° 21.459` -> `21459`), else, for
/// codes and other unnumbered texts, a slug of the title's first phrase (`Código Penal Federal` ->
/// `codigo-penal-federal`). File: `<country>/act-<work year>-<number>.xml`, with `-<lang>-<version date>` added when
/// the expression is not the original one (a later version or a translation); `int` instruments go under
/// `instruments/`.
struct WorkNaming {
    let work: FRBRURI
    let expression: FRBRURI
    let corpusPath: String

    init(law: LawText, lexicon: Lexicon) {
        let number = law.number ?? Self.number(fromTitle: law.title, lexicon: lexicon)
        let workDate = law.workDate ?? law.date
        let work = FRBRURI(country: law.country, documentType: "act", date: workDate, number: number)
        let versionDate = law.version ?? law.date
        self.work = work
        self.expression = work.expression(language: law.language, versionDate: versionDate)
        let directory = law.country == "int" ? "instruments" : law.country
        var name = "act-\(workDate.prefix(4))-\(number)"
        if versionDate != workDate { name += "-\(law.language)-\(versionDate)" }
        self.corpusPath = "\(directory)/\(name).xml"
    }

    static func number(fromTitle title: String, lexicon: Lexicon) -> String {
        let firstPhrase = title.split(whereSeparator: { "—(,".contains($0) }).first.map(String.init) ?? title
        if !Numbering.matches(lexicon.codeTitle, firstPhrase), let groups = Numbering.captures(lexicon.lawNumber, firstPhrase),
            let digits = groups[1]
        {
            return digits.replacingOccurrences(of: ".", with: "")
        }
        // `Computer Misuse and Cybercrimes Act (No. 5 of 2018)`: the act's number after its short title.
        if !Numbering.matches(lexicon.codeTitle, firstPhrase), let groups = Numbering.captures(lexicon.lawNumberInTitle, title),
            let digits = groups[1]
        {
            return digits
        }
        let slug = Identifiers.slug(firstPhrase)
        return slug.isEmpty ? "text" : slug
    }
}
