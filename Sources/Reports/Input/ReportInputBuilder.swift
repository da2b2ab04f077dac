import AkomaNtoso
import Alignment

/// Assembles a `ReportInput` from parsed documents and their alignments: groups national documents by country,
/// applies `Mappings/corpus.yaml`, and reads the instrument's article texts from its AKN expression.
public enum ReportInputBuilder {
    /// A national document with the mapper's (reviewed) alignment of its provisions.
    public struct Mapped: Sendable {
        /// What reports read from the document's metadata: the parsed tree itself is not kept (its provisions are),
        /// so a large corpus's report does not hold every document twice.
        let identity: DocumentIdentity
        public let provisions: [Provision]
        public let alignment: DocumentAlignment
        /// eIds of the provisions that create an offence (the mapper's reading), so that unaligned offences are
        /// listed apart from penalties and formal clauses.
        public let offences: Set<String>
        /// Element findings of the articles assessed on other articles' provisions (see `derivedFindings`).
        public let derivedFindings: [String: [String: [ElementFinding]]]

        public init(
            document: Document, provisions: [Provision], alignment: DocumentAlignment, offences: Set<String> = [],
            derivedFindings: [String: [String: [ElementFinding]]] = [:]
        ) {
            identity = DocumentIdentity(document, fallbackURI: alignment.document)
            self.provisions = provisions
            self.alignment = alignment
            self.offences = offences
            self.derivedFindings = derivedFindings
        }
    }

    /// For each article of the instrument assessed on other articles' provisions (`Article.assessedOn`: sanctions
    /// on the offences, safeguards on the powers), its element findings on each provision aligned with one of
    /// those articles: eId -> article -> findings. `findings` reads a provision for several articles at once (the
    /// mapper's `findings(for:articles:language:)`).
    /// `known` findings (read with the alignment) are kept; only what they lack is read again.
    public static func derivedFindings(
        instrument: Instrument, provisions: [Provision], alignment: DocumentAlignment,
        known: [String: [String: [ElementFinding]]] = [:],
        findings: (Provision, [String]) -> [String: [ElementFinding]]
    ) -> [String: [String: [ElementFinding]]] {
        let derived = instrument.articles.filter { !$0.isMapped }
        guard !derived.isEmpty else { return [:] }
        var wanted: [String: [String]] = [:]
        for pair in alignment.alignments {
            for article in derived where article.assessedOn.contains(pair.article) {
                if known[pair.provision.eId]?[article.number] != nil { continue }
                if !(wanted[pair.provision.eId]?.contains(article.number) ?? false) {
                    wanted[pair.provision.eId, default: []].append(article.number)
                }
            }
        }
        // Only the provisions still aligned with an article of the basis keep their findings.
        var result: [String: [String: [ElementFinding]]] = [:]
        let aligned = Set(alignment.alignments.map(\.provision.eId))
        for (eId, byArticle) in known where aligned.contains(eId) { result[eId] = byArticle }
        for provision in provisions {
            guard let articles = wanted[provision.eId] else { continue }
            result[provision.eId, default: [:]].merge(
                findings(provision, articles.sorted { ArticleNumber.precedes($0, $1) })) { _, new in new }
        }
        return result
    }

    public static func build(
        instrument: Instrument, instrumentDocuments: [Document], national: [Mapped], parties: [PartyStatus],
        manifest: CorpusManifest
    ) -> ReportInput {
        var byCountry: [String: [CorpusDocument]] = [:]
        for mapped in national {
            let identity = mapped.identity
            let entry = manifest.entry(for: identity.expressionURI)
            // Whole or excerpt: as declared, else as the source's completeness line says.
            let extent = entry?.contains
                ?? (identity.completeness?.lowercased().hasPrefix("complete") == true ? .whole : .excerpt)
            let document = CorpusDocument(
                uri: identity.expressionURI, workURI: identity.workURI,
                shortTitle: entry?.shortTitle ?? identity.shortTitle, title: identity.title, date: identity.date,
                versionDate: identity.versionDate, inForce: entry?.inForce ?? true, supersededBy: entry?.supersededBy,
                consolidated: entry?.status == .consolidated, kinds: entry?.kinds ?? [], extent: extent,
                parts: entry?.parts, completeness: identity.completeness, source: identity.source,
                sourceFile: identity.sourceFile,
                provisions: mapped.provisions, alignment: mapped.alignment, offences: mapped.offences,
                derivedFindings: mapped.derivedFindings)
            byCountry[identity.country, default: []].append(document)
        }
        let states = byCountry.keys.sorted().map { code in
            let party = parties.first { $0.state == code }
            return StateCorpus(
                code: code, name: party?.name ?? CountryName.english(code), party: party, documents: byCountry[code]!)
        }
        return ReportInput(
            instrument: instrument, articleTexts: articleTexts(of: instrument, in: instrumentDocuments), states: states,
            comparisons: manifest.comparisons, repealed: manifest.documents.filter { !$0.inForce && !($0.status == .consolidated) })
    }

    /// Article number -> text, from the instrument's expression in English if the corpus has it, else any.
    static func articleTexts(of instrument: Instrument, in documents: [Document]) -> [String: String] {
        let candidates = documents.map { (DocumentIdentity($0, fallbackURI: ""), $0) }.filter { identity, _ in
            guard let uri = instrument.uri else { return false }
            return identity.workURI == uri || identity.workURI.hasPrefix(uri + "/") || uri.hasPrefix(identity.workURI)
        }
        let chosen = candidates.sorted { ($0.0.language == "eng" ? 0 : 1, $0.0.expressionURI) < ($1.0.language == "eng" ? 0 : 1, $1.0.expressionURI) }.first
        var texts: [String: String] = [:]
        for provision in chosen?.1.provisions ?? [] where provision.host == nil {
            guard let number = provision.num.map(articleNumber), !number.isEmpty, texts[number] == nil else { continue }
            texts[number] = provision.text
        }
        return texts
    }

    /// `Article 2` / `2.` / `Artículo 2` -> `2`.
    static func articleNumber(_ num: String) -> String {
        let words = num.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        let last = words.last.map(String.init) ?? ""
        return String(last.filter { $0.isLetter || $0.isNumber })
    }
}

/// What reports need to know about a document, from its FRBR identification.
struct DocumentIdentity {
    let expressionURI: String
    let workURI: String
    let country: String
    let language: String?
    let title: String
    let shortTitle: String
    let date: String
    /// The name of the source text the importer read (its `sourceFile` alias), when recorded.
    let sourceFile: String?
    /// The expression's date, when it has one.
    let versionDate: String?
    /// The importer's record of the source: its completeness statement and where it was taken from.
    let completeness: String?
    let source: String?

    init(_ document: Document, fallbackURI: String) {
        let identification = document.metaElement?.child("identification")
        let work = identification?.child("FRBRWork")
        let expression = identification?.child("FRBRExpression")
        func value(_ level: Element?, _ name: String) -> String? { level?.child(name)?[attribute: "value"] }
        let expressionURI = value(expression, "FRBRuri") ?? value(expression, "FRBRthis").map(Self.withoutComponent) ?? fallbackURI
        let workURI = value(work, "FRBRuri") ?? value(work, "FRBRthis").map(Self.withoutComponent)
            ?? (try? FRBRURI(parsing: expressionURI))?.work.description ?? expressionURI
        self.expressionURI = expressionURI
        self.workURI = workURI
        country = (value(work, "FRBRcountry") ?? (try? FRBRURI(parsing: workURI))?.country ?? "xx").lowercased()
        language = expression?.child("FRBRlanguage")?[attribute: "language"]
        let aliases = work?.children(named: "FRBRalias") ?? []
        let docTitle = Self.first("docTitle", in: document.documentElement).map { PlainText.inline($0) }
        title = aliases.first { $0[attribute: "name"] == "title" }?[attribute: "value"]
            ?? docTitle ?? value(work, "FRBRname") ?? workURI
        let short = aliases.first { $0[attribute: "name"] == "short" }?[attribute: "value"]
        shortTitle = short ?? Self.shortTitle(title)
        sourceFile = aliases.first { $0[attribute: "name"] == "sourceFile" }?[attribute: "value"]
        date = work?.child("FRBRdate")?[attribute: "date"] ?? ""
        versionDate = expression?.child("FRBRdate")?[attribute: "date"]
        let notes = document.metaElement?.children(named: "notes").flatMap { $0.children(named: "note") } ?? []
        func note(_ id: String) -> String? {
            notes.first { $0[attribute: "eId"] == id }.map { PlainText.text(of: $0, includingNotes: true) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        completeness = note("completeness")
        source = note("source")
    }

    /// The part of a title before its descriptive tail: `Ley N° 21.459 — Establece...` -> `Ley 21.459`.
    static func shortTitle(_ title: String) -> String {
        var short = title
        for separator in [" — ", " – ", " - ", ", ", " ("] {
            if let range = short.range(of: separator) { short = String(short[..<range.lowerBound]) }
        }
        for marker in [" N° ", " Nº ", " No. ", " nº ", " n° ", " N.º "] {
            short = short.replacingOccurrences(of: marker, with: " ")
        }
        return short.count <= 40 ? short : String(short.prefix(40)) + "…"
    }

    static func withoutComponent(_ uri: String) -> String {
        uri.range(of: "/!").map { String(uri[..<$0.lowerBound]) } ?? uri
    }

    static func first(_ name: String, in element: Element?) -> Element? {
        guard let element else { return nil }
        for child in element.elements {
            if child.name == name { return child }
            if child.name != "meta", let found = first(name, in: child) { return found }
        }
        return nil
    }
}

/// English short names of the states the corpus may hold, for states without a `Mappings/parties` entry.
enum CountryName {
    static func english(_ code: String) -> String {
        Locale(identifier: "en_US").localizedString(forRegionCode: code.uppercased()) ?? code.uppercased()
    }
}

import Foundation
