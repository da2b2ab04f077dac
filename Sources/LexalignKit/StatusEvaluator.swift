import AkomaNtoso
import Alignment
import Foundation
import Reports

/// Measures the report's article statuses against the experts' gold tables: for each state, the status each
/// article with a gold pair should have, next to the one the report gives.
///
/// The expected status comes from the state's core gold pairs of the law in force (a table of a consolidated
/// amending act counts for the code it is consolidated into; a repealed law's table does not count): an article
/// with a full pair should be implemented (or declared, or reserved), one with only partial pairs partial.
///
/// With `oracle`, the gold pairs themselves are fed to the report as expert decisions (every mapper suggestion
/// of the table's document rejected unless the gold has it, gold pairs confirmed or added with the gold's
/// coverage): what remains wrong is the report's own logic, not the mapper's.
public struct StatusEvaluator: Sendable {
    public let builder: ReportBuilder
    public let gold: String

    public init(builder: ReportBuilder, gold: String) {
        self.builder = builder
        self.gold = gold
    }

    public func evaluate(oracle: Bool = false, progress: some ProgressObserver = NoProgress()) throws(LexalignError)
        -> StatusAgreement
    {
        let tables = try GoldTables(folder: gold)
        var (input, mapping) = try builder.mapped(progress: progress)
        let placed = Self.place(tables, in: input)
        var unplaced: [String] = []
        if oracle {
            (input, unplaced) = Self.oracle(input, placed: placed, mapping: mapping)
        }
        let analyses = GapAnalyzer(input: input).analyzeAll()
        var rows: [StatusAgreement.Row] = []
        for analysis in analyses {
            var expected: [String: (coverage: Coverage, provisions: [String])] = [:]
            for (table, _) in placed.filter({ $0.state == analysis.state }).map({ ($0.table, $0.target) }) {
                for pair in table.pairs where !pair.optional {
                    let coverage = pair.coverage ?? .full
                    let before = expected[pair.article]
                    expected[pair.article] = (
                        before?.coverage == .full || coverage == .full ? .full : .partial,
                        (before?.provisions ?? []) + ["\(pair.provision) (\(coverage.rawValue))"])
                }
            }
            for (article, gold) in expected.sorted(by: { ArticleNumber.precedes($0.key, $1.key) }) {
                guard let assessment = analysis.article(article) else { continue }
                rows.append(StatusAgreement.Row(
                    state: analysis.state, article: article, expected: gold.coverage, goldPairs: gold.provisions,
                    status: assessment.status,
                    reservationCoversLack: assessment.gaps.contains { $0.kind == .missing && $0.excusedBy?.kind == .reservation }
                        && !assessment.gaps.contains { $0.kind == .missing && $0.excusedBy == nil }))
            }
        }
        return StatusAgreement(rows: rows, unplaced: unplaced, tables: placed.map { "\($0.table.name) -> \($0.state)" })
    }

    /// A gold table and the in-force document its statuses concern.
    struct Placed {
        let table: GoldTable
        let state: String
        /// The document of the corpus the table is paired with.
        let paired: CorpusDocument
        /// The in-force document it leads to: itself, the code a consolidated amending act went into, the in-force
        /// expression of the same law.
        let target: CorpusDocument
    }

    /// Pairs each table with a corpus document (`GoldPairing`) and follows it to the law in force. A table of a
    /// repealed law, or of a document that leads to nothing in force, is left out.
    static func place(_ tables: GoldTables, in input: ReportInput) -> [Placed] {
        var candidates: [GoldPairing.Candidate] = []
        var documents: [String: (StateCorpus, CorpusDocument)] = [:]
        for state in input.states {
            for document in state.documents {
                let language = (try? FRBRURI(parsing: document.uri))?.language.flatMap(Language.init(code:))
                candidates.append(GoldPairing.Candidate(
                    id: document.uri, fileName: document.uri,
                    facts: DocumentFacts(
                        expressionURI: document.uri, workURI: document.workURI, country: state.code, language: language,
                        aliases: [document.title, "title"] + (document.sourceFile.map { [$0, "sourceFile"] } ?? []))))
                documents[document.uri] = (state, document)
            }
        }
        let pairing = GoldPairing.assign(candidates, stems: Set(tables.tables.keys))
        return pairing.sorted { $0.value < $1.value }.compactMap { uri, stem in
            guard let (state, document) = documents[uri], let table = tables.tables[stem],
                let target = inForce(document, in: state)
            else { return nil }
            return Placed(table: table, state: state.code, paired: document, target: target)
        }
    }

    /// The in-force document a document leads to, through consolidation and supersession (not repeal: a
    /// repealed law's successor is another law).
    static func inForce(_ document: CorpusDocument, in state: StateCorpus) -> CorpusDocument? {
        var current = document
        var seen = Set<String>()
        while !current.inForce, seen.insert(current.uri).inserted {
            if let same = state.inForce.first(where: { $0.workURI == current.workURI }) { return same }
            guard current.consolidated || current.supersededBy.map({ $0.hasPrefix(current.workURI) }) == true,
                let next = current.supersededBy.flatMap(state.document)
            else { return nil }
            current = next
        }
        return current.inForce ? current : nil
    }

    /// The input with each table's target document aligned as the gold says, through the same review applier
    /// as expert decisions. Returns the gold provisions that name no provision of their document.
    static func oracle(_ input: ReportInput, placed: [Placed], mapping: Mapping) -> (ReportInput, [String]) {
        var tablesByTarget: [String: [GoldTable]] = [:]
        for item in placed { tablesByTarget[item.target.uri, default: []].append(item.table) }
        var unplaced: [String] = []
        let states = input.states.map { state in
            StateCorpus(code: state.code, name: state.name, party: state.party, documents: state.documents.map { document in
                guard let tables = tablesByTarget[document.uri],
                    let language = (try? FRBRURI(parsing: document.uri))?.language.flatMap(Language.init(code:))
                else { return document }
                let mapper = mapping.mapper(for: language)
                let pairs = tables.flatMap(\.pairs).filter { !$0.optional }
                var decisions: [ReviewDecision] = []
                func decision(_ provision: String, _ article: String, _ verdict: ReviewDecision.Verdict, _ coverage: Coverage?) {
                    let text = document.provisions.first { candidate in
                        candidate.eId == provision || (candidate.num.map { ProvisionNumber.fold($0) == ProvisionNumber.fold(provision) } ?? false)
                    }?.text ?? ""
                    decisions.append(ReviewDecision(
                        document: document.uri, provision: provision, article: article, verdict: verdict,
                        coverage: coverage, reviewer: "gold", date: "2000-01-01", textSHA256: TextFingerprint.sha256(text)))
                }
                for suggestion in document.alignment.alignments {
                    let wanted = pairs.contains { pair in
                        pair.article == suggestion.article
                            && ProvisionNumber.fold(pair.provision) == ProvisionNumber.fold(suggestion.provision.num ?? suggestion.provision.eId)
                    }
                    if !wanted { decision(suggestion.provision.eId, suggestion.article, .rejected, nil) }
                }
                for pair in pairs {
                    decision(pair.provision, pair.article, .added, pair.coverage ?? .full)
                }
                let alignment = ReviewApplier(mapper: mapper).apply(
                    decisions, to: document.alignment, provisions: document.provisions, language: language)
                unplaced += alignment.staleDecisions.filter { $0.reason == .provisionNotFound }.map {
                    "\(document.shortTitle): \($0.provision) -> Art. \($0.article)"
                }
                let derived = ReportInputBuilder.derivedFindings(
                    instrument: input.instrument, provisions: document.provisions, alignment: alignment
                ) { mapper.findings(for: $0, articles: $1, language: language) }
                return document.with(alignment: alignment, derivedFindings: derived)
            })
        }
        return (ReportInput(
            instrument: input.instrument, articleTexts: input.articleTexts, states: states, comparisons: input.comparisons,
            repealed: input.repealed), unplaced)
    }
}

/// The gold tables of a folder, by stem (`<stem>.tsv`; `*.unmapped.tsv` lists are not tables).
struct GoldTables {
    let tables: [String: GoldTable]

    init(folder: String) throws(LexalignError) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var tables: [String: GoldTable] = [:]
        var problems: [String] = []
        for name in names.sorted() where name.hasSuffix(".tsv") && !name.hasSuffix(".unmapped.tsv") {
            let stem = String(name.dropLast(4)), path = "\(folder)/\(name)"
            do {
                tables[stem] = try GoldTable(tsv: try String(contentsOfFile: path, encoding: .utf8), file: path, name: stem)
            } catch let error as GoldTable.ParseError {
                problems.append(error.description)
            } catch {
                problems.append("\(path): error: cannot read: \(error.localizedDescription)")
            }
        }
        if !problems.isEmpty { throw LexalignError(.badInput, problems) }
        guard !tables.isEmpty else {
            throw LexalignError(.cannotRead, ["\(folder): error: no gold tables (<stem>.tsv) in this folder"])
        }
        self.tables = tables
    }
}

/// The report's statuses next to the gold's, article by article.
public struct StatusAgreement: Sendable {
    public struct Row: Sendable, Hashable {
        public let state: String
        public let article: String
        /// The best coverage of the state's core gold pairs for the article.
        public let expected: Coverage
        /// `2 (full)`, `CP 128 (partial)`.
        public let goldPairs: [String]
        public let status: ArticleStatus
        /// The provisions lack only what a reservation of the state permits it not to apply.
        public let reservationCoversLack: Bool

        /// Full gold: implemented, declared or reserved; partial gold: partial.
        public var agrees: Bool {
            switch expected {
            case .full: status.meetsObligation
            case .partial: status == .partial
            }
        }

        /// `agrees`, or partial gold where the report says reserved because a reservation covers what the
        /// provisions lack (the gold rates the provision; the report the state's obligation as accepted).
        public var agreesCountingReservations: Bool {
            agrees || (expected == .partial && status == .reserved && reservationCoversLack)
        }
    }

    public let rows: [Row]
    /// Oracle runs: gold provisions that name no provision of their document.
    public let unplaced: [String]
    /// `cl-ley-21459 -> cl`: the tables that counted.
    public let tables: [String]

    public var agreed: Int { rows.filter(\.agrees).count }

    /// The table `evaluate --statuses` prints.
    public func report() -> String {
        func percent(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "-" : String(format: "%.1f%%", 100 * Double(part) / Double(whole))
        }
        var lines = ["state\tarticles\tagree\tagreement\tcounting reservations"]
        let states = rows.map(\.state).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for state in states {
            let mine = rows.filter { $0.state == state }
            let agreed = mine.filter(\.agrees).count, reserved = mine.filter(\.agreesCountingReservations).count
            lines.append("\(state)\t\(mine.count)\t\(agreed)\t\(percent(agreed, mine.count))\t\(percent(reserved, mine.count))")
        }
        let reserved = rows.filter(\.agreesCountingReservations).count
        lines.append("overall\t\(rows.count)\t\(agreed)\t\(percent(agreed, rows.count))\t\(percent(reserved, rows.count))")
        lines.append("")
        lines.append("tables: " + tables.joined(separator: ", "))
        let wrong = rows.filter { !$0.agrees }
        if !wrong.isEmpty {
            lines.append("")
            lines.append("disagreements:")
            for row in wrong {
                let note = row.agreesCountingReservations ? " [a reservation covers what the provisions lack]" : ""
                lines.append("  \(row.state) Art. \(row.article): report \(row.status.rawValue), gold \(row.expected.rawValue) (\(row.goldPairs.joined(separator: "; ")))\(note)")
            }
        }
        if !unplaced.isEmpty {
            lines.append("")
            lines.append("gold provisions not found in their document:")
            for item in unplaced { lines.append("  \(item)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
