/// The instrument's elements compiled against one language's concepts, and the search for them in a provision.
///
/// This is the language-independent space the mapper works in: whatever the law's language, a provision is
/// described by the (article, element) pairs whose concept expressions it shows.
public struct ElementMatcher: Sendable {
    public let language: Language
    let concepts: ConceptMatcher
    /// Per article (instrument order), per element (article order): the expressions as concept numbers, and the
    /// concepts that mask it.
    let elements: [[CompiledElement]]
    /// Per article, no ranges for any of its elements: what an article not searched is given (one array shared,
    /// not made again for every provision).
    private let nothing: [[[Range<Int>]]]
    /// Per article: some element has narrower expressions.
    private let hasNarrower: [Bool]

    struct CompiledElement: Sendable {
        let expressions: [[Int]]
        /// Per expression, for each concept after the first: whether it must be close to the first.
        let closeness: [[Bool]]
        let excluding: [Int]
        /// The expressions that show the element only in a narrower form (`Article.Element.narrower`).
        let narrowerExpressions: [[Int]]
        let narrowerCloseness: [[Bool]]
        /// Every concept its expressions (narrower ones included) name: the only ones masking must touch.
        let named: [Int]
    }

    public init(instrument: Instrument, concepts: ConceptMatcher) {
        self.language = concepts.language
        self.concepts = concepts
        elements = instrument.articles.map { article in
            article.elements.map { element in
                // An expression naming a concept this language lacks cannot be shown in it.
                let usable = element.expressions.filter { $0.concepts.allSatisfy { concepts.number(of: $0) != nil } }
                let narrower = element.narrowerExpressions.filter { $0.concepts.allSatisfy { concepts.number(of: $0) != nil } }
                let expressions = usable.map { $0.concepts.compactMap(concepts.number(of:)) }
                let narrowerExpressions = narrower.map { $0.concepts.compactMap(concepts.number(of:)) }
                return CompiledElement(
                    expressions: expressions,
                    closeness: usable.map(\.close),
                    excluding: element.excluding.compactMap(concepts.number(of:)),
                    narrowerExpressions: narrowerExpressions,
                    narrowerCloseness: narrower.map(\.close),
                    named: Set((expressions + narrowerExpressions).flatMap { $0 }).sorted())
            }
        }
        nothing = elements.map { Array(repeating: [], count: $0.count) }
        hasNarrower = elements.map { $0.contains { !$0.narrowerExpressions.isEmpty } }
    }

    /// Token ranges that show each element, indexed like the instrument: `[article][element]`. A conjunction
    /// (`a + b`) holds where every concept stands in one sentence within `proximity` words of the first one; its
    /// ranges are the words of each concept that take part. Words inside an excluded concept count for none of
    /// the element's concepts ("datos" in "datos personales" is no computer data).
    ///
    /// `only`, when given, says per article whether to search it at all: an article none of whose concepts the
    /// text shows has no element there, and is left empty without a look.
    func matches(
        _ hits: ConceptHits, in text: AnalyzedText, sentences: [Int], proximity: Int, closeness: Int, narrower: Bool = false,
        only: [Bool]? = nil
    ) -> [[[Range<Int>]]] {
        elements.indices.map { index in
            let article = elements[index]
            if let only, !only[index] { return nothing[index] }
            if narrower && !hasNarrower[index] { return nothing[index] }
            return article.map { element in
                let expressions = narrower ? element.narrowerExpressions : element.expressions
                // An expression shows only where all its concepts stand (masking removes words, it adds none).
                guard expressions.contains(where: { $0.allSatisfy { hits.contains($0) } }) else { return [] }
                let visible = Self.masked(hits, by: element.excluding, of: element.named)
                var found: [Range<Int>] = []
                for (expression, close) in zip(expressions, narrower ? element.narrowerCloseness : element.closeness) {
                    found += Self.evaluate(
                        expression, close: close, visible, sentences: sentences, proximity: proximity, closeness: closeness)
                }
                // (One range is already merged.)
                return found.count <= 1 ? found : ConceptMatcher.merged(found)
            }
        }
    }

    /// The hits with every range that lies within an excluded concept's words removed ("datos" within "datos
    /// personales"; not "computer" within "computer data", which is the longer term). Words that are both the
    /// concept and the mask, and no more (a defined term that carries a system and data: "property" includes
    /// programs and data held in a computer), are read as both.
    ///
    /// `named`: the concepts to mask, those an element's expressions read; the others are left as they are.
    static func masked(_ hits: ConceptHits, by excluding: [Int], of named: [Int]) -> VisibleHits {
        guard excluding.contains(where: { hits.contains($0) }) else { return VisibleHits(hits: hits) }
        let masks = excluding.flatMap { hits.ranges(of: $0) }
        guard !masks.isEmpty else { return VisibleHits(hits: hits) }
        var visible = VisibleHits(hits: hits)
        for concept in named where hits.contains(concept) && !excluding.contains(concept) {
            visible.replaced.append((concept, hits.table[concept].filter { range in
                !masks.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound && $0 != range }
            }))
        }
        return visible
    }

    /// Concept hits as an element sees them (`masked`): the ranges of the few concepts masking changed are kept
    /// beside the hits, rather than in a copy of the whole table (copying it for each masked element was a tenth
    /// of the element search).
    struct VisibleHits {
        let hits: ConceptHits
        var replaced: [(concept: Int, ranges: [Range<Int>])] = []

        func ranges(of concept: Int) -> [Range<Int>] {
            if let found = replaced.first(where: { $0.concept == concept }) { return found.ranges }
            return hits.ranges(of: concept)
        }

        func contains(_ concept: Int) -> Bool {
            !ranges(of: concept).isEmpty
        }
    }

    /// The same for a heading: short enough that its concepts stand together wherever they are.
    func matchesIgnoringSentences(_ hits: ConceptHits, proximity: Int) -> [[[Range<Int>]]] {
        elements.map { article in
            article.map { element in
                let visible = Self.masked(hits, by: element.excluding, of: element.named)
                var found: [Range<Int>] = []
                for expression in element.expressions where expression.allSatisfy({ visible.contains($0) }) {
                    found += expression.flatMap { visible.ranges(of: $0) }
                }
                return found.isEmpty ? [] : ConceptMatcher.merged(found)
            }
        }
    }

    static func evaluate(
        _ expression: [Int], close: [Bool], _ hits: VisibleHits, sentences: [Int], proximity: Int, closeness: Int
    ) -> [Range<Int>] {
        let first = hits.ranges(of: expression[0])
        guard expression.count > 1, !first.isEmpty else { return first }
        let others = expression.dropFirst().map { hits.ranges(of: $0) }
        guard others.allSatisfy({ !$0.isEmpty }) else { return [] }
        var found: [Range<Int>] = []
        for anchor in first {
            var partners: [Range<Int>] = []
            for (ranges, isClose) in zip(others, close) {
                let reach = isClose ? closeness : proximity
                // Other words than the anchor's ("connection records" is traffic data, not a record of it), unless
                // the anchor's own term names its object ("interceptación de las comunicaciones").
                // A close partner is the anchor's object: it follows it ("destruya ... un sistema").
                guard let partner = ranges.first(where: { range in
                    (!isClose || range.lowerBound >= anchor.lowerBound)
                        && (!range.overlaps(anchor) || range == anchor
                        || (anchor.contains(range.lowerBound) && anchor.contains(range.upperBound - 1)
                            && anchor.count > range.count))
                        && !partners.contains { $0.overlaps(range) }
                        && Self.together(anchor, range, sentences: sentences, proximity: reach)
                })
                else {
                    partners = []
                    break
                }
                partners.append(partner)
            }
            if !partners.isEmpty { found.append(anchor); found += partners }
        }
        return found
    }

    /// In one sentence, at most `proximity` words apart.
    static func together(_ a: Range<Int>, _ b: Range<Int>, sentences: [Int], proximity: Int) -> Bool {
        guard a.lowerBound < sentences.count, b.lowerBound < sentences.count else { return false }
        return sentences[a.lowerBound] == sentences[b.lowerBound] && Mapper.distance(a, b) <= proximity
    }

    /// The sentence number of each token (a full stop before it starts a new one).
    static func sentences(of text: AnalyzedText) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(text.tokens.count)
        var current = 0
        for token in text.tokens {
            if token.sentenceBefore { current += 1 }
            numbers.append(current)
        }
        return numbers
    }
}
