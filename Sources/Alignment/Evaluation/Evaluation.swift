/// Pair-level scores of a mapper's alignments against an expert's table.
public struct DocumentEvaluation: Sendable, Hashable {
    public let document: String
    public let gold: String
    public let truePositives: [Pair]
    public let falsePositives: [Pair]
    public let falseNegatives: [Pair]
    /// True pairs whose coverage (full/partial) the mapper got right, out of the true pairs with a gold coverage.
    public let coverageAgreements: Int
    public let coverageJudged: Int

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
    public init(alignment: DocumentAlignment, gold: GoldTable, transitoryQualifiers: Set<String> = []) {
        document = alignment.document
        self.gold = gold.name
        var predicted: [String: (pair: Pair, coverage: Coverage)] = [:]
        for item in alignment.alignments {
            let pair = Pair(provision: Self.printed(item.provision), article: item.article)
            let key = ProvisionNumber.citationKey(reference: item.provision) + "\u{1}" + item.article
            if predicted[key] == nil { predicted[key] = (pair, item.coverage) }
        }
        var core: [String: GoldTable.GoldPair] = [:]
        var optional = Set<String>()
        for goldPair in gold.pairs {
            let key = ProvisionNumber.citationKey(gold: goldPair.provision, transitoryQualifiers: transitoryQualifiers)
                + "\u{1}" + goldPair.article
            if goldPair.optional { optional.insert(key) } else { core[key] = goldPair }
        }
        var truePositives: [Pair] = []
        var falsePositives: [Pair] = []
        var agreements = 0
        var judged = 0
        for (key, value) in predicted {
            if let goldPair = core[key] {
                truePositives.append(value.pair)
                if let coverage = goldPair.coverage {
                    judged += 1
                    if coverage == value.coverage { agreements += 1 }
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
    public var coverageAccuracy: Double {
        DocumentEvaluation.ratio(
            documents.reduce(0) { $0 + $1.coverageAgreements }, documents.reduce(0) { $0 + $1.coverageJudged })
    }

    /// A plain-text report: one line per document, the overall line, then each document's errors.
    public func report() -> String {
        func format(_ value: Double) -> String {
            let scaled = (value * 1000).rounded() / 1000
            var text = String(scaled)
            while text.split(separator: ".").last.map({ $0.count < 3 }) ?? false { text += "0" }
            return text
        }
        var lines: [String] = []
        lines.append("document\tgold\tP\tR\tF1\tcoverage\tTP\tFP\tFN")
        for document in documents {
            lines.append(
                [document.document, document.gold, format(document.precision), format(document.recall),
                 format(document.f1),
                 format(DocumentEvaluation.ratio(document.coverageAgreements, document.coverageJudged)),
                 String(document.truePositives.count), String(document.falsePositives.count),
                 String(document.falseNegatives.count)].joined(separator: "\t"))
        }
        lines.append(
            ["overall", "-", format(precision), format(recall), format(f1), format(coverageAccuracy),
             String(truePositives), String(falsePositives), String(falseNegatives)].joined(separator: "\t"))
        for document in documents where !document.falsePositives.isEmpty || !document.falseNegatives.isEmpty {
            lines.append("")
            lines.append("\(document.gold):")
            for pair in document.falsePositives { lines.append("  false positive: \(pair.provision) -> Art. \(pair.article)") }
            for pair in document.falseNegatives { lines.append("  false negative: \(pair.provision) -> Art. \(pair.article)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
