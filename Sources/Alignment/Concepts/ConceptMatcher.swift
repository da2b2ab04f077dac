/// One language's lexicon compiled for search: every term of every concept in one `SignalPatternSet`, so a
/// provision's text is read once for all concepts.
public struct ConceptMatcher: Sendable {
    public let language: Language
    /// Concept ids in lexicon order; a concept's number is its index here.
    public let ids: [String]
    private let numbers: [String: Int]
    private let patterns: SignalPatternSet
    /// The concept number of each pattern of `patterns`.
    private let owners: [Int]

    public init(lexicon: ConceptLexicon) {
        language = lexicon.language
        let analyzer = Analyzer(language: lexicon.language)
        var ids: [String] = []
        var numbers: [String: Int] = [:]
        var compiled: [SignalPattern] = []
        var owners: [Int] = []
        for concept in lexicon.concepts {
            numbers[concept.id] = ids.count
            for term in concept.terms {
                guard let pattern = SignalPattern(term, analyzer: analyzer) else { continue }
                compiled.append(pattern)
                owners.append(ids.count)
            }
            ids.append(concept.id)
        }
        self.ids = ids
        self.numbers = numbers
        self.patterns = SignalPatternSet(compiled)
        self.owners = owners
    }

    /// The number of a concept id, nil when the lexicon does not define it.
    public func number(of id: String) -> Int? {
        numbers[id]
    }

    /// Where each concept's terms stand in the text.
    public func hits(in text: AnalyzedText) -> ConceptHits {
        var hits = ConceptHits(count: ids.count)
        for (pattern, found) in patterns.matches(in: text) {
            hits.table[owners[pattern]].append(contentsOf: found)
        }
        for concept in hits.table.indices where hits.table[concept].count > 1 {
            hits.table[concept] = Self.merged(hits.table[concept])
        }
        return hits
    }

    /// Sorted, with a range contained in another dropped (two terms of one concept on the same words).
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        let sorted = ranges.sorted { ($0.lowerBound, -$0.upperBound) < ($1.lowerBound, -$1.upperBound) }
        var result: [Range<Int>] = []
        for range in sorted {
            if let last = result.last, last.lowerBound <= range.lowerBound, range.upperBound <= last.upperBound {
                continue
            }
            result.append(range)
        }
        return result
    }
}

/// The concepts found in one analysed text: token ranges per concept number (of its `ConceptMatcher`), kept in a
/// table indexed by concept number (looked up far more often than written).
public struct ConceptHits: Sendable {
    /// Ranges by concept number; numbers past the end have none.
    var table: [[Range<Int>]]

    init(count: Int) {
        table = Array(repeating: [], count: count)
    }

    public static let none = ConceptHits(count: 0)

    public func ranges(of concept: Int?) -> [Range<Int>] {
        guard let concept, concept < table.count else { return [] }
        return table[concept]
    }

    public func contains(_ concept: Int?) -> Bool {
        guard let concept, concept < table.count else { return false }
        return !table[concept].isEmpty
    }

    /// The numbers of the concepts found, ascending.
    public var concepts: [Int] {
        table.indices.filter { !table[$0].isEmpty }
    }

    public var isEmpty: Bool {
        !table.contains { !$0.isEmpty }
    }

    /// Replaces a concept's ranges.
    mutating func set(_ concept: Int, _ ranges: [Range<Int>]) {
        if concept >= table.count { table += Array(repeating: [], count: concept + 1 - table.count) }
        table[concept] = ranges
    }

    /// Adds ranges to a concept (concepts carried into a text by the definition of a term it uses).
    mutating func add(_ concept: Int, _ added: [Range<Int>]) {
        guard !added.isEmpty else { return }
        set(concept, ConceptMatcher.merged(ranges(of: concept) + added))
    }

    /// Every concept of both (ranges appended, not merged: for texts read together, such as the headings above
    /// a provision).
    mutating func append(_ other: ConceptHits) {
        for concept in other.concepts { set(concept, ranges(of: concept) + other.table[concept]) }
    }
}
