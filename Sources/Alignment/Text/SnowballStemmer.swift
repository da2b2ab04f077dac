import CLibStemmer

/// One of Snowball's stemmers (the C `libstemmer`) for one language.
///
/// An `sb_stemmer` stems into a buffer it owns, so an instance must never be used by two threads at once: the
/// analyser reaches stemmers only through `WordAnalysisCache.current`, which gives each thread its own.
final class SnowballStemmer {
    let language: Language
    private let handle: OpaquePointer

    init(_ language: Language) {
        self.language = language
        guard let handle = sb_stemmer_new(language.snowballAlgorithm, "UTF_8") else {
            preconditionFailure("libstemmer has no UTF-8 stemmer named '\(language.snowballAlgorithm)'")
        }
        self.handle = handle
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The Snowball stem of a word, as Snowball writes it (accents kept). Snowball's algorithms expect the word in
    /// lower case and precomposed (NFC): their suffix lists hold accented vowels (`ación`, `ções`, `ées`).
    func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return "" }
            guard let stemmed = sb_stemmer_stem(handle, base, Int32(bytes.count)) else {
                preconditionFailure("libstemmer ran out of memory")
            }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
    }
}
