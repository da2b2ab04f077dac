import AkomaNtoso

/// Puts expert decisions over the mapper's suggestions for one document.
///
/// A decision whose text fingerprint matches the provision's current text overrides the suggestion: confirmed
/// (origin `confirmed`, the expert's coverage and note, confidence 1), rejected (the pair goes), added (a pair
/// the mapper missed, origin `added`, with the element findings the mapper can show). When the text changed, the
/// decision is stale: the suggestion is shown again, marked `stale`, and the decision is listed among
/// `staleDecisions` so the expert sees what to look at again.
public struct ReviewApplier: Sendable {
    public let mapper: Mapper

    public init(mapper: Mapper) {
        self.mapper = mapper
    }

    public func apply(
        _ decisions: [ReviewDecision], to alignment: DocumentAlignment, provisions: [Provision], language: Language
    ) -> DocumentAlignment {
        let relevant = decisions.filter { $0.applies(toDocument: alignment.document) }
        guard !relevant.isEmpty else { return alignment }
        var alignments = alignment.alignments
        var stale: [StaleDecision] = []
        for decision in relevant {
            guard let provision = provisions.first(where: { decision.names($0) }) else {
                stale.append(StaleDecision(decision, reason: .provisionNotFound))
                continue
            }
            let reference = mapper.reference(provision, language: language)
            let index = alignments.firstIndex { $0.provision.eId == provision.eId && $0.article == decision.article }
            let current = TextFingerprint.sha256(provision.text) == decision.textSHA256
            guard current else {
                stale.append(StaleDecision(decision, reason: .textChanged))
                if let index { alignments[index] = alignments[index].marked(stale: true) }
                continue
            }
            switch decision.verdict {
            case .rejected:
                if let index { alignments.remove(at: index) }
            case .confirmed, .added:
                let base = index.map { alignments[$0] }
                let elements = base?.elements ?? mapper.findings(for: provision, article: decision.article, language: language)
                let missing =
                    base?.missing
                    ?? elements.filter { finding in
                        finding.status == .absent
                            && mapper.instrument.article(decision.article)?.requiredElements.contains { $0.id == finding.id } == true
                    }.map(\.id)
                let reviewed = ProvisionAlignment(
                    provision: reference, article: decision.article,
                    coverage: decision.coverage ?? base?.coverage ?? (missing.isEmpty ? .full : .partial),
                    confidence: 1, origin: base == nil ? .added : .confirmed, elements: elements, note: decision.note,
                    stale: false, missing: missing, qualifiers: base?.qualifiers ?? [])
                if let index { alignments[index] = reviewed } else { alignments.append(reviewed) }
            }
        }
        let order = Dictionary(provisions.enumerated().map { ($0.element.eId, $0.offset) }, uniquingKeysWith: { a, _ in a })
        alignments.sort {
            (order[$0.provision.eId] ?? Int.max, Int($0.article) ?? Int.max, $0.article)
                < (order[$1.provision.eId] ?? Int.max, Int($1.article) ?? Int.max, $1.article)
        }
        let aligned = Set(alignments.map(\.provision.eId))
        let unaligned = provisions.filter { !aligned.contains($0.eId) }.map { mapper.reference($0, language: language) }
            .filter { reference in
                alignment.unaligned.contains { $0.eId == reference.eId }
                    || alignment.alignments.contains { $0.provision.eId == reference.eId }
            }
        return DocumentAlignment(
            document: alignment.document, instrument: alignment.instrument, alignments: alignments,
            unaligned: unaligned, staleDecisions: alignment.staleDecisions + stale)
    }
}

/// A decision that no longer applies as written, shown so an expert reviews the pair again.
public struct StaleDecision: Sendable, Hashable, Codable {
    public enum Reason: String, Sendable, Hashable, Codable {
        /// The provision's text differs from the one the decision was made on.
        case textChanged = "text-changed"
        /// No provision of the document has the decision's eId or number any more.
        case provisionNotFound = "provision-not-found"
    }

    public let provision: String
    public let article: String
    public let decision: ReviewDecision.Verdict
    public let reviewer: String
    public let date: String
    public let reason: Reason
    /// `file:line` of the decision.
    public let source: String?

    init(_ decision: ReviewDecision, reason: Reason) {
        provision = decision.provision
        article = decision.article
        self.decision = decision.verdict
        reviewer = decision.reviewer
        date = decision.date
        self.reason = reason
        source = decision.file.map { file in decision.line.map { "\(file):\($0)" } ?? file }
    }
}

extension ProvisionAlignment {
    func marked(stale: Bool) -> ProvisionAlignment {
        ProvisionAlignment(
            provision: provision, article: article, coverage: coverage, confidence: confidence, origin: origin,
            elements: elements, note: note, stale: stale, missing: missing, qualifiers: qualifiers)
    }
}
