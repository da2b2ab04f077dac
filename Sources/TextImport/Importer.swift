import AkomaNtoso
import Foundation

/// Turns an official text (see `LawText`) into an Akoma Ntoso act, without hand markup: structure and numbers
/// are read off the printed text, editorial notes kept as remarks, amending articles become `mod`s holding the
/// articles they insert. Nothing is dropped: every input character of the body is in the document's text.
public struct Importer: Sendable {
    public init() {}

    /// The result of importing one text.
    public struct Result: Sendable {
        public let document: Document
        /// Warnings (lines kept outside any article); errors are thrown instead.
        public let diagnostics: [Diagnostic]
        /// The FRBR expression URI of the document.
        public let expression: FRBRURI
        /// Where the document goes in a corpus, relative to its root: `cl/act-2022-21459.xml`.
        public let corpusPath: String
    }

    /// Parses the header and imports the body. `fields` supplies or overrides header fields.
    public func importText(_ text: String, file: String? = nil, fields: [String: String] = [:]) throws(ImportError)
        -> Result
    {
        let law = try LawText(parsing: text, file: file, fields: fields)
        return importLaw(law, file: file)
    }

    public func importLaw(_ law: LawText, file: String? = nil) -> Result {
        var reader = OutlineReader(numbering: Numbering(language: law.language), file: file, country: law.country)
        let outline = reader.read(law.body)
        let naming = WorkNaming(law: law)
        var renderer = AKNRenderer()
        let act = renderer.act(outline: outline, law: law, naming: naming)
        return Result(
            document: Document(documentElement: act), diagnostics: reader.diagnostics, expression: naming.expression,
            corpusPath: naming.corpusPath)
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

    init(law: LawText) {
        let number = law.number ?? Self.number(fromTitle: law.title)
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

    static let lawNumber = Numbering.regex(
        #"^(?:Ley|Lei|Law|Loi|Decreto Legislativo|Decreto Ley|Decreto|Resoluci[óo]n Legislativa|Act|Acte|Public Law)\s*(?:N[°º.]?|n[°º.]|No\.?|nº|Nr\.?|N[úu]m\.?|number|num[ée]ro)?\s*(\d[\d.]*\d(?:-\d+)*|\d)(?![\d.]*\s+(?:de\s+)?(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|january|february|march|april|may|june|july|august|september|october|november|december)\b)"#,
        caseInsensitive: true)
    static let codeTitle = Numbering.regex(#"^(?:c[óo]digo|code|criminal code|codice)\b"#, caseInsensitive: true)

    static func number(fromTitle title: String) -> String {
        let firstPhrase = title.split(whereSeparator: { "—(,".contains($0) }).first.map(String.init) ?? title
        if !Numbering.matches(codeTitle, firstPhrase), let groups = Numbering.captures(lawNumber, firstPhrase),
            let digits = groups[1]
        {
            return digits.replacingOccurrences(of: ".", with: "")
        }
        let slug = Identifiers.slug(firstPhrase)
        return slug.isEmpty ? "text" : slug
    }
}
