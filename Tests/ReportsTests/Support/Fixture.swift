import AkomaNtoso
import Alignment
import Foundation
import TestSupport
@testable import Reports

/// Report inputs built from the real texts committed in the project: statutory articles sliced from the official
/// text files of Corpus/sources, the Convention's articles from its English text, and alignments taken from the
/// expert gold mappings of Tests/Fixtures/gold (as expert decisions). Only the report model is under test here; the
/// importer and the mapper have their own tests.
enum Fixture {
    static let packageRoot = ProjectFolder.root

    /// The official source texts of the Corpus: `<cc>/<stem>.txt`, the instruments in `int/`.
    static let sources = packageRoot.appendingPathComponent("Corpus/sources")
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// A source text by file name (`cl-ley-21459.txt`, `budapest-en.txt`), from whichever folder holds it.
    static func source(_ name: String) throws -> String {
        let folders = try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
        let url = try #require(
            folders.map { sources.appendingPathComponent("\($0)/\(name)") }.first {
                FileManager.default.fileExists(atPath: $0.path)
            }, "no Corpus/sources/<cc>/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// A file of Tests/Fixtures (`gold/cl-ley-21459.tsv`).
    static func fixture(_ path: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
    }

    // MARK: Convention

    /// Article number -> (title, text) from budapest-en.txt.
    static func conventionArticles() throws -> [(number: String, title: String, text: String)] {
        let lines = try source("budapest-en.txt").components(separatedBy: "\n")
        var articles: [(String, String, [String])] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.hasPrefix("Article "), let number = Int(line.dropFirst("Article ".count)) {
                while index < lines.count, lines[index].isEmpty { index += 1 }
                articles.append((String(number), index < lines.count ? lines[index] : "", []))
                index += 1
                continue
            }
            let isRubric = line.hasPrefix("Chapter") || line.hasPrefix("Section") || line.hasPrefix("Title ")
                || line.uppercased() == line
            if !articles.isEmpty, !line.isEmpty, !isRubric {
                articles[articles.count - 1].2.append(line)
            }
        }
        return articles.map { ($0.0, $0.1, $0.2.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// The instrument as the project maps it: Mappings/instruments/budapest.yaml.
    static func instrument() throws -> Instrument {
        try #require(catalog.instrument("budapest"))
    }

    // MARK: National laws

    /// Articles of an official text file: `Artículo 2°.- ...` up to the next article heading.
    static func provisions(of file: String) throws -> [Provision] {
        let text = try source(file)
        let body = text.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        let heading = try NSRegularExpression(pattern: #"^Art[íi]culo ([0-9]+[A-Z]?|[a-zé]+)[°º]?\s*[.:-]+\s*"#)
        var provisions: [(num: String, lines: [String])] = []
        for line in body.components(separatedBy: "\n") {
            let range = NSRange(line.startIndex..., in: line)
            if let match = heading.firstMatch(in: line, range: range), let numRange = Range(match.range(at: 1), in: line) {
                let rest = String(line[Range(match.range, in: line)!.upperBound...])
                provisions.append((String(line[numRange]), [rest]))
            } else if !provisions.isEmpty {
                provisions[provisions.count - 1].lines.append(line)
            }
        }
        return provisions.map { provision in
            Provision(
                eId: "art_\(provision.num)", level: "article", num: provision.num, heading: nil,
                text: provision.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines),
                ancestors: [], host: nil)
        }
    }

    /// Gold rows of a law as expert-confirmed alignments; rows naming provisions the slicer did not find are left out.
    static func goldAlignment(
        _ stem: String, uri: String, provisions: [Provision], findings: [String: [String: [ElementFinding]]] = [:]
    ) throws -> DocumentAlignment {
        let rows = try fixture("gold/\(stem).tsv").components(separatedBy: "\n").dropFirst().filter { !$0.isEmpty }
        var alignments: [ProvisionAlignment] = []
        for row in rows {
            let columns = row.components(separatedBy: "\t")
            let number = columns[0].components(separatedBy: " ").last!
            guard let provision = provisions.first(where: { $0.num == number }) else { continue }
            alignments.append(ProvisionAlignment(
                provision: ProvisionReference(eId: provision.eId, num: provision.num, host: nil, heading: provision.heading),
                article: columns[1], coverage: Coverage(rawValue: columns[2])!, confidence: 1, origin: .confirmed,
                elements: findings[provision.num ?? ""]?[columns[1]] ?? [], note: columns[4]))
        }
        let unmappedRows = try fixture("gold/\(stem).unmapped.tsv").components(separatedBy: "\n").dropFirst().filter { !$0.isEmpty }
        let unaligned = unmappedRows.compactMap { row -> ProvisionReference? in
            let columns = row.components(separatedBy: "\t")
            guard let provision = provisions.first(where: { $0.num == columns[0] }) else { return nil }
            return ProvisionReference(eId: provision.eId, num: provision.num, host: nil, heading: columns[1])
        }
        return DocumentAlignment(document: uri, instrument: "budapest", alignments: alignments, unaligned: unaligned)
    }

    /// An element finding whose evidence is the first occurrence of `words` in the provision's text.
    static func present(_ id: String, _ words: String, in provision: Provision) -> ElementFinding {
        let characters = Array(provision.text)
        let needle = Array(words)
        var start = 0
        while start + needle.count <= characters.count, Array(characters[start..<(start + needle.count)]) != needle { start += 1 }
        precondition(start + needle.count <= characters.count, "'\(words)' is not in \(provision.eId)")
        return ElementFinding(id: id, status: .present, evidence: [Evidence(text: words, start: start, end: start + needle.count)])
    }

    static func absent(_ id: String) -> ElementFinding {
        ElementFinding(id: id, status: .absent, evidence: [])
    }

    static func document(
        file: String, stem: String, work: String, shortTitle: String, date: String, inForce: Bool = true,
        supersededBy: String? = nil, kinds: [TextKind], extent: CorpusManifest.Extent,
        findings: (([Provision]) -> [String: [String: [ElementFinding]]])? = nil,
        derived: (([Provision]) -> [String: [String: [ElementFinding]]])? = nil,
        editing: ((Provision) -> Provision)? = nil, offences: Set<String> = [], dropping articles: Set<String> = []
    ) throws -> CorpusDocument {
        var provisions = try provisions(of: file)
        if let editing { provisions = provisions.map(editing) }
        let uri = "\(work)/spa@\(date)"
        let alignment = try goldAlignment(stem, uri: uri, provisions: provisions, findings: findings?(provisions) ?? [:])
        return CorpusDocument(
            uri: uri, workURI: work, shortTitle: shortTitle, title: try title(of: file), date: date, inForce: inForce,
            supersededBy: supersededBy, kinds: kinds, extent: extent, completeness: try completeness(of: file),
            provisions: provisions,
            alignment: DocumentAlignment(
                document: uri, instrument: "budapest",
                alignments: alignment.alignments.filter { !articles.contains($0.article) }, unaligned: alignment.unaligned),
            offences: offences, derivedFindings: derived?(provisions) ?? [:])
    }

    static func completeness(of file: String) throws -> String? {
        try source(file).components(separatedBy: "\n").first { $0.hasPrefix("completeness: ") }
            .map { String($0.dropFirst("completeness: ".count)) }
    }

    static func title(of file: String) throws -> String {
        let line = try source(file).components(separatedBy: "\n").first { $0.hasPrefix("title: ") } ?? ""
        return String(line.dropFirst("title: ".count))
    }

    /// The project's mappings: Mappings/instruments, parties and lexicons, through the catalog loader.
    static let catalog: MappingCatalog = {
        func files(_ folder: String) -> [MappingCatalog.SourceFile] {
            let url = packageRoot.appendingPathComponent("Mappings/\(folder)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
                let path = url.appendingPathComponent(name).path
                return MappingCatalog.SourceFile(path: path, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
            }
        }
        return MappingCatalog.load(
            instrumentFiles: files("instruments"), partyFiles: files("parties"), lexiconFiles: files("lexicons"))
    }()

    /// Chile's declarations and reservations as Mappings/parties/cl.yaml records them.
    static var chileParty: PartyStatus { catalog.party("cl")! }

    static let chile21459 = "/akn/cl/act/2022-06-20/21459"
    static let chile19223 = "/akn/cl/act/1993-06-07/19223"

    static func chileFindings(_ provisions: [Provision]) -> [String: [String: [ElementFinding]]] {
        let article2 = provisions.first { $0.num == "2" }!
        let article4 = provisions.first { $0.num == "4" }!
        let article8 = provisions.first { $0.num == "8" }!
        return [
            "2": ["2": [
                present("without-right", "sin autorización o excediendo la autorización que posea", in: article2),
                present("access", "acceda a un sistema informático", in: article2),
                present("dishonest-intent", "con el ánimo de apoderarse o usar la información", in: article2),
            ]],
            "4": ["4": [
                present("alteration", "altere, dañe o suprima datos informáticos", in: article4),
                present("serious-harm", "se cause un daño grave al titular", in: article4),
            ]],
            "8": ["6": [
                present("making-available", "importare, difundiera o realizare otra forma de puesta a disposición", in: article8),
                absent("possession"),
            ]],
        ]
    }

    /// Art. 13 findings on Chile's offences: the penalty of Ley 21.459 art. 2 (deprivation of liberty shown, no
    /// sanction of legal persons).
    static func chileDerived(_ provisions: [Provision]) -> [String: [String: [ElementFinding]]] {
        let article2 = provisions.first { $0.num == "2" }!
        return ["art_2": ["13": [present("deprivation-of-liberty", "presidio", in: article2), absent("legal-person-sanctions")]]]
    }

    /// The committed `Mappings/corpus.yaml`: what is repealed.
    static var manifest: CorpusManifest {
        get throws {
            try CorpusManifest(yaml: String(contentsOf: packageRoot.appendingPathComponent("Mappings/corpus.yaml"), encoding: .utf8))
        }
    }

    /// Chile (both laws, 19.223 repealed; 21.459 whole), Colombia (Ley 1273, an amending act) and Peru (an excerpt of
    /// Ley 30096). `droppingFromChile` removes Chile's pairs with those articles (to see what nothing implements).
    static func input(
        chileParty: PartyStatus? = Fixture.chileParty, editingChile: ((Provision) -> Provision)? = nil,
        droppingFromChile: Set<String> = [], droppingFromPeru: Set<String> = []
    ) throws -> ReportInput {
        let chile = StateCorpus(code: "cl", name: "Chile", party: chileParty, documents: [
            try document(
                file: "cl-ley-21459.txt", stem: "cl-ley-21459", work: chile21459, shortTitle: "Ley 21.459",
                date: "2022-06-20", kinds: [.cybercrimeAct], extent: .whole, findings: chileFindings,
                derived: chileDerived, editing: editingChile, offences: ["art_6"], dropping: droppingFromChile),
            try document(
                file: "cl-ley-19223.txt", stem: "cl-ley-19223", work: chile19223, shortTitle: "Ley 19.223",
                date: "1993-06-07", inForce: false, supersededBy: chile21459, kinds: [.cybercrimeAct], extent: .whole),
        ])
        let colombia = StateCorpus(code: "co", name: "Colombia", party: nil, documents: [
            try document(
                file: "co-ley-1273-2009.txt", stem: "co-ley-1273-2009", work: "/akn/co/act/2009-01-05/1273",
                shortTitle: "Ley 1273", date: "2009-01-05", kinds: [.amendingAct], extent: .whole),
        ])
        let peru = StateCorpus(code: "pe", name: "Peru", party: nil, documents: [
            try document(
                file: "pe-ley-30096-vigente-parcial.txt", stem: "pe-ley-30096-vigente-parcial",
                work: "/akn/pe/act/2013-10-22/30096", shortTitle: "Ley 30096", date: "2013-10-22",
                kinds: [.cybercrimeAct], extent: .excerpt, dropping: droppingFromPeru),
        ])
        let texts = Dictionary(uniqueKeysWithValues: try conventionArticles().map { ($0.number, $0.text) })
        return ReportInput(
            instrument: try instrument(), articleTexts: texts, states: [peru, chile, colombia],
            repealed: try manifest.documents.filter { !$0.inForce && $0.status != .consolidated })
    }

    static func bundledTemplates() throws -> (templates: [String: String], assets: [String: Data]) {
        let directory = try #require(BundledTemplates.directory)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return TemplateFolder.split(files)
    }

    static func site(_ input: ReportInput) throws -> ReportSite {
        let (templates, assets) = try bundledTemplates()
        return try ReportSite.build(input, templates: templates, assets: assets)
    }
}

import Testing
