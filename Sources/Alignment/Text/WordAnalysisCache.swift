#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A word of a text as the analyser keeps it: its folded form and its stem.
struct AnalyzedWord: Sendable, Hashable {
    let folded: String
    let stem: String
    /// The folded form is one of the language's stop words (`StopWords`).
    var isStopWord = false
}

/// The calling thread's Snowball stemmers and the words it has already analysed, per language.
///
/// Each thread owns one (in thread-local storage), so documents mapped on every core stem and look words up
/// without any lock: neither the stemmers (which are not thread-safe) nor the caches are ever shared. Legal texts
/// repeat their words, so most tokens are a dictionary hit; a cache that grows past `limit` words is emptied.
final class WordAnalysisCache {
    static let limit = 200_000

    private var stemmers: [SnowballStemmer?] = Array(repeating: nil, count: Language.allCases.count)
    private var words: [[String: NumberedWord]] = Array(repeating: [:], count: Language.allCases.count)
    /// A number for each distinct string this thread has met as a folded word or a stem (the same string, the same
    /// number, in every language), so that a text's index groups its tokens by number, hashing no string.
    private var numbers: [String: Int32] = [:]
    /// Per number, its group in the index being built, or -1: reset to -1 after each index.
    private var groupOfNumber: [Int32] = []
    /// Tells this cache's word numbers from another thread's (`TokenIndex.Numbers`): random, so that a cache made
    /// where a freed one stood is not taken for it.
    let id = UInt64.random(in: 1...UInt64.max)
    /// What this thread has learnt of the first words of the pattern sets it searched (`SignalPatternSet`), by
    /// word number; the owner (the set's `Identity`) is held so that no other set is ever taken for it.
    private var firstWordMemos: [(owner: AnyObject, memo: FirstWordMemo)] = []

    /// An analysed word with the numbers of its folded form and its stem (`numbers`).
    struct NumberedWord {
        let word: AnalyzedWord
        let foldedNumber: Int32
        let stemNumber: Int32
    }

    /// The calling thread's cache, created on first use and released when the thread ends.
    static var current: WordAnalysisCache {
        if let stored = pthread_getspecific(threadKey) {
            return Unmanaged<WordAnalysisCache>.fromOpaque(stored).takeUnretainedValue()
        }
        let cache = WordAnalysisCache()
        let status = pthread_setspecific(threadKey, Unmanaged.passRetained(cache).toOpaque())
        precondition(status == 0, "pthread_setspecific failed (\(status))")
        return cache
    }

    /// The folded form and stem of a word as it is written in a text of `language`.
    func analyze(_ word: String, language: Language) -> AnalyzedWord {
        numbered(word, language: language).word
    }

    /// `analyze`, with the numbers of the word's folded form and stem.
    func numbered(_ word: String, language: Language) -> NumberedWord {
        let slot = language.index
        if let known = words[slot][word] { return known }
        var analyzed = Self.analyze(word, stemmer: stemmer(slot, language))
        analyzed.isStopWord = StopWords.list(for: language).contains(analyzed.folded)
        if words[slot].count >= Self.limit { words[slot].removeAll(keepingCapacity: true) }
        let entry = NumberedWord(word: analyzed, foldedNumber: number(analyzed.folded), stemNumber: number(analyzed.stem))
        words[slot][word] = entry
        return entry
    }

    /// The number of a folded word or stem. (Numbers are never forgotten, even when the word cache is emptied: an
    /// index being built may hold them. There are as many as distinct words met, far fewer than the words read.)
    private func number(_ string: String) -> Int32 {
        if let known = numbers[string] { return known }
        let next = Int32(numbers.count)
        numbers[string] = next
        groupOfNumber.append(-1)
        return next
    }

    /// The number of a folded word or stem this thread has met, nil when it has met none.
    func knownNumber(of string: String) -> Int32? {
        numbers[string]
    }

    /// The index of a text's tokens, whose folded forms and stems have the numbers given (`numbered`).
    func index(_ tokens: [Token], foldedNumbers: [Int32], stemNumbers: [Int32]) -> TokenIndex {
        TokenIndex(tokens, foldedNumbers: foldedNumbers, stemNumbers: stemNumbers, scratch: &groupOfNumber, cache: id)
    }

    /// Runs `body` on the memo of a pattern set's first words, sized for every number given so far; nil, without
    /// running it, when `numbers` come from another thread's cache. The memo is taken out of the list while `body`
    /// runs, so that it is updated in place. (A thread searches a handful of sets; past `memoLimit` all are
    /// forgotten.)
    func withFirstWordMemo<Result>(
        owner: AnyObject, numbers: TokenIndex.Numbers, _ body: (inout FirstWordMemo) -> Result
    ) -> Result? {
        guard numbers.cache == id else { return nil }
        var memo: FirstWordMemo
        if let slot = firstWordMemos.firstIndex(where: { $0.owner === owner }) {
            memo = firstWordMemos.remove(at: slot).memo
        } else {
            if firstWordMemos.count >= Self.memoLimit { firstWordMemos.removeAll() }
            memo = FirstWordMemo()
        }
        memo.grow(to: self.numbers.count)
        let result = body(&memo)
        firstWordMemos.append((owner, memo))
        return result
    }

    static let memoLimit = 16

    private func stemmer(_ slot: Int, _ language: Language) -> SnowballStemmer {
        if let stemmer = stemmers[slot] { return stemmer }
        let stemmer = SnowballStemmer(language)
        stemmers[slot] = stemmer
        return stemmer
    }

    /// Folds the word, and stems its lower-case accented form, prepared by `StemmerInput` (Snowball's algorithms
    /// are written for accented words), then folds the stem: a text and a signal stem alike whatever their case
    /// and Unicode form. Words with a digit (`342.1`, `2o`) and words under three letters are kept as they are.
    static func analyze(_ word: String, stemmer: SnowballStemmer) -> AnalyzedWord {
        let folded = TextFolding.fold(word)
        if folded.count < 3 || folded.contains(where: \.isNumber) { return AnalyzedWord(folded: folded, stem: folded) }
        let stem = stemmer.stem(StemmerInput.prepare(TextFolding.lowercase(word), language: stemmer.language))
        return AnalyzedWord(folded: folded, stem: TextFolding.fold(stem))
    }
}

/// One thread's answers about a pattern set's first words, by the word numbers of its `WordAnalysisCache`: a
/// text's distinct stems and words are looked up in an array rather than hashed into the set's tables.
struct FirstWordMemo {
    /// Per stem number: where the patterns whose first word is that stem stand in the set (empty: none), nil
    /// until asked.
    var stems: [Range<Int>?] = []
    /// Per folded-word number: the prefix patterns (those of three letters or more) the word starts with, in the
    /// set's order; nil until asked.
    var prefixes: [[Int]?] = []

    mutating func grow(to count: Int) {
        if stems.count < count { stems += Array(repeating: nil, count: count - stems.count) }
        if prefixes.count < count { prefixes += Array(repeating: nil, count: count - prefixes.count) }
    }
}

/// The key of each thread's `WordAnalysisCache`; the destructor releases the cache when its thread ends.
private let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { releaseThreadCache($0) }
    precondition(status == 0, "pthread_key_create failed (\(status))")
    return key
}()

private func releaseThreadCache(_ stored: UnsafeMutableRawPointer?) {
    guard let stored else { return }
    Unmanaged<WordAnalysisCache>.fromOpaque(stored).release()
}
