/// Pair-level scores of a mapper's alignments against an expert's table.
public struct DocumentEvaluation: Sendable, Hashable {
    public let document: String
    public let gold: String
    /// The document's language (ISO 639-1), when known: the report sums documents per language.
    public let language: String?
    public let truePositives: [Pair]
    public let falsePositives: [Pair]
    public let falseNegatives: [Pair]
    /// True pairs whose coverage (full/partial) the mapper got right, out of the true pairs with a gold coverage.
    public let coverageAgreements: Int
    public let coverageJudged: Int
    /// True pairs whose coverage the mapper got wrong: the mapper's coverage, then the expert's.
    public let coverageDisagreements: [CoverageDisagreement]

    /// A (provision, article) pair, the provision as the table or the document prints it.
    public struct Pair: Sendable, Hashable, Comparable {
        public let provision: String
        public let article: String
        public var key: String { ProvisionNumber.fold(provision) + "\u{1}" + article }

        public static func < (lhs: Pair, rhs: Pair) -> Bool {
            (ProvisionNumber.fold(lhs.provision), Int(lhs.article) ?? 0, lhs.article)
                < (ProvisionNumber.fold(rhs.provision), Int(rhs.article) ?? 0, rhs.article)
        }
    }

    /// A true pair whose coverage the mapper and the expert judge differently.
    public struct CoverageDisagreement: Sendable, Hashable {
        public let pair: Pair
        public let mapped: Coverage
        public let gold: Coverage
    }

    public var precision: Double { Self.ratio(truePositives.count, truePositives.count + falsePositives.count) }
    public var recall: Double { Self.ratio(truePositives.count, truePositives.count + falseNegatives.count) }
    public var f1: Double { Self.f1(precision: precision, recall: recall) }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    static func f1(precision: Double, recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// Scores one document's alignments against its table. Provisions are compared by their citation keys
    /// (`ProvisionNumber.citationKey`: numbers folded, transitory articles marked when the table cites them with
    /// one of `transitoryQualifiers`); optional pairs in the table are left out of both sides.
    public init(
        alignment: DocumentAlignment, gold: GoldTable, transitoryQualifiers: Set<String> = [], language: String? = nil
    ) {
        document = alignment.document
        self.gold = gold.name
        self.language = language
        var core: [String: GoldTable.GoldPair] = [:]
        var optional = Set<String>()
        for goldPair in gold.pairs {
            let key = ProvisionNumber.citationKey(gold: goldPair.provision, transitoryQualifiers: transitoryQualifiers)
                + "\u{1}" + goldPair.article
            if goldPair.optional { optional.insert(key) } else { core[key] = goldPair }
        }
        let cited = optional.union(core.keys)
        var predicted: [String: (pair: Pair, coverage: Coverage)] = [:]
        for item in alignment.alignments {
            let pair = Pair(provision: Self.printed(item.provision), article: item.article)
            var key = ProvisionNumber.citationKey(reference: item.provision) + "\u{1}" + item.article
            // A table may cite an inserted article by the article of the amending law whose quoted text inserts it
            // (`586` for the `54 bis` it adds to the code): with no row for the inserted number, the amending
            // article's rows stand for it.
            if !cited.contains(key), let amending = ProvisionNumber.amendingArticleKey(eId: item.provision.eId) {
                let amendingKey = amending + "\u{1}" + item.article
                if cited.contains(amendingKey) { key = amendingKey }
            }
            if predicted[key] == nil { predicted[key] = (pair, item.coverage) }
        }
        var truePositives: [Pair] = []
        var falsePositives: [Pair] = []
        var agreements = 0
        var judged = 0
        var disagreements: [CoverageDisagreement] = []
        for (key, value) in predicted {
            if let goldPair = core[key] {
                truePositives.append(value.pair)
                if let coverage = goldPair.coverage {
                    judged += 1
                    if coverage == value.coverage {
                        agreements += 1
                    } else {
                        disagreements.append(CoverageDisagreement(pair: value.pair, mapped: value.coverage, gold: coverage))
                    }
                }
            } else if !optional.contains(key) {
                falsePositives.append(value.pair)
            }
        }
        let falseNegatives = core.filter { predicted[$0.key] == nil }
            .map { Pair(provision: $0.value.provision, article: $0.value.article) }
        self.truePositives = truePositives.sorted()
        self.falsePositives = falsePositives.sorted()
        self.falseNegatives = falseNegatives.sorted()
        coverageAgreements = agreements
        coverageJudged = judged
        coverageDisagreements = disagreements.sorted { $0.pair < $1.pair }
    }

    /// The provision as a table would print it: the host's abbreviation before an inserted article's number.
    static func printed(_ provision: ProvisionReference) -> String {
        provision.num ?? provision.eId
    }
}

/// Scores over several documents: pairs pooled (micro-averaged).
public struct EvaluationSummary: Sendable, Hashable {
    public let documents: [DocumentEvaluation]

    public init(documents: [DocumentEvaluation]) {
        self.documents = documents
    }

    public var truePositives: Int { documents.reduce(0) { $0 + $1.truePositives.count } }
    public var falsePositives: Int { documents.reduce(0) { $0 + $1.falsePositives.count } }
    public var falseNegatives: Int { documents.reduce(0) { $0 + $1.falseNegatives.count } }
    public var precision: Double { DocumentEvaluation.ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { DocumentEvaluation.ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { DocumentEvaluation.f1(precision: precision, recall: recall) }
    public var coverageAgreements: Int { documents.reduce(0) { $0 + $1.coverageAgreements } }
    public var coverageJudged: Int { documents.reduce(0) { $0 + $1.coverageJudged } }
    public var coverageAccuracy: Double { DocumentEvaluation.ratio(coverageAgreements, coverageJudged) }

    /// The documents of one language (ISO 639-1), in the summary's order.
    public func language(_ code: String) -> EvaluationSummary {
        EvaluationSummary(documents: documents.filter { $0.language == code })
    }

    /// The documents whose gold table is in `half` of `split`.
    public func half(_ half: EvaluationSplit.Half, of split: EvaluationSplit) -> EvaluationSummary {
        EvaluationSummary(documents: documents.filter { split.half(of: $0.gold) == half })
    }

    /// Which documents' missed, extra and coverage-disagreeing pairs a report lists.
    public enum Details: String, Sendable, CaseIterable {
        /// Every document's.
        case all
        /// Only the tuning half's (the check half is read in aggregate while tuning).
        case tuning
        /// Only the check half's.
        case check
        /// None: the figures only.
        case none
    }

    /// A plain-text report: one line per document (with its language and, under a split, its half), one per
    /// language, the overall line and, under a split, one per half; then the missed pairs, the extra pairs and
    /// the true pairs whose coverage differs, document by document. Same summary, same bytes.
    public func report(split: EvaluationSplit? = nil, details: Details = .all) -> String {
        var lines: [String] = []
        lines.append("document\tgold\tlanguage\thalf\tP\tR\tF1\tcoverage\tTP\tFP\tFN")
        func row(_ name: String, _ gold: String, _ language: String, _ half: String, _ scores: EvaluationSummary) -> String {
            [name, gold, language, half, Self.format(scores.precision), Self.format(scores.recall), Self.format(scores.f1),
             Self.format(scores.coverageAccuracy), String(scores.truePositives), String(scores.falsePositives),
             String(scores.falseNegatives)].joined(separator: "\t")
        }
        for document in documents {
            lines.append(
                row(document.document, document.gold, document.language ?? "-",
                    split?.half(of: document.gold)?.rawValue ?? "-", EvaluationSummary(documents: [document])))
        }
        for language in Set(documents.compactMap(\.language)).sorted() {
            let scores = self.language(language)
            lines.append(row("language \(language) (\(Self.laws(scores.documents.count)))", "-", language, "-", scores))
        }
        lines.append(row("overall (\(Self.laws(documents.count)))", "-", "-", "-", self))
        if let split {
            for half in EvaluationSplit.Half.allCases {
                let scores = self.half(half, of: split)
                lines.append(row("\(half.rawValue) half (\(Self.laws(scores.documents.count)))", "-", "-", half.rawValue, scores))
            }
        }
        for document in documents {
            let half = split?.half(of: document.gold)
            switch details {
            case .none: continue
            case .tuning: guard half == .tuning else { continue }
            case .check: guard half == .check else { continue }
            case .all: break
            }
            guard !document.falsePositives.isEmpty || !document.falseNegatives.isEmpty
                || !document.coverageDisagreements.isEmpty
            else { continue }
            lines.append("")
            lines.append("\(document.gold)\(half.map { " (\($0.rawValue) half)" } ?? ""):")
            for pair in document.falseNegatives { lines.append("  missed: \(pair.provision) -> Art. \(pair.article)") }
            for pair in document.falsePositives { lines.append("  extra: \(pair.provision) -> Art. \(pair.article)") }
            for item in document.coverageDisagreements {
                lines.append(
                    "  coverage: \(item.pair.provision) -> Art. \(item.pair.article): \(item.mapped.rawValue), gold \(item.gold.rawValue)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func laws(_ count: Int) -> String {
        count == 1 ? "1 law" : "\(count) laws"
    }

    /// Three decimals, always printed: `0.900`.
    static func format(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 1000
        var text = String(scaled)
        while text.split(separator: ".").last.map({ $0.count < 3 }) ?? false { text += "0" }
        return text
    }
}

/// A fixed rule that splits the laws with a gold table into a tuning half and a check half (see
/// `Benchmarks/mapping.md`): a mapper is tuned on the first and checked on the second.
public struct EvaluationSplit: Sendable, Hashable {
    public enum Rule: String, Sendable, CaseIterable {
        /// The tables in name order, taken in turn: 1st, 3rd, 5th ... tuning; 2nd, 4th ... check.
        case alternate
    }

    public enum Half: String, Sendable, CaseIterable {
        case tuning, check
    }

    public let rule: Rule
    private let halves: [String: Half]

    /// The split of a gold folder's tables, named by their stems.
    public init(_ rule: Rule, stems: some Sequence<String>) {
        self.rule = rule
        var halves: [String: Half] = [:]
        switch rule {
        case .alternate:
            for (index, stem) in Set(stems).sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }).enumerated() {
                halves[stem] = index % 2 == 0 ? .tuning : .check
            }
        }
        self.halves = halves
    }

    /// The half of the table `stem`; nil for a table the split was not made over.
    public func half(of stem: String) -> Half? {
        halves[stem]
    }
}
