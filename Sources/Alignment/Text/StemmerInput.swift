/// How a lower-case word is prepared for Snowball's stemmer: endings the stemmer does not know, or does not know
/// without their accents, are rewritten into a form of the same word that it does know.
enum StemmerInput {
    /// Per language, `(ending, replacement)`: the longest ending a word has is rewritten. Two kinds:
    ///
    /// - Accents a suffix always carries, restored in words written without them (all-caps headings and plain
    ///   ASCII sources often drop accents). Snowball's algorithms find suffixes only with their accents
    ///   (`autorización` -> `autoriz`, but `autorizacion` is left whole), while no word ends in these letters
    ///   without the accent: Spanish `-ción`, `-sión`, `-logía`; Portuguese `-ção`, `-ções`, `-são`, `-sões`,
    ///   `-ência`, `-ância`, `-ável`, `-ível`; French `-ée`, `-ées`.
    /// - Spanish future subjunctive (`el que accediere`, `alterare`, `destruyeren`): archaic in speech, it is the
    ///   tense in which many penal codes of the Americas define offences, and Snowball's Spanish stemmer has no
    ///   endings for it (`accediere` -> `accedier`, while `acceda` -> `acced`). The tense is formed on the
    ///   preterite third person plural (`accedieron` -> `accediere`, `alteraron` -> `alterare`, `destruyeron` ->
    ///   `destruyere`), whose endings Snowball knows; so `-re` and `-ren` after `a`, `ie` or `ye` are read as
    ///   that `-ron`.
    static let rewrites: [Language: [(ending: String, replacement: String)]] = [
        .es: [
            ("cion", "ción"), ("sion", "sión"), ("logia", "logía"), ("logias", "logías"),
            ("are", "aron"), ("aren", "aron"), ("iere", "ieron"), ("ieren", "ieron"), ("yere", "yeron"),
            ("yeren", "yeron"),
        ],
        .pt: [
            ("cao", "ção"), ("coes", "ções"), ("sao", "são"), ("soes", "sões"), ("encia", "ência"),
            ("encias", "ências"), ("ancia", "ância"), ("ancias", "âncias"), ("avel", "ável"), ("aveis", "áveis"),
            ("ivel", "ível"), ("iveis", "íveis"),
        ],
        .fr: [("ee", "ée"), ("ees", "ées")],
    ]

    /// The longest ending first, so that `-ieren` is not read as `-en`.
    private static let ordered: [Language: [(ending: String, replacement: String)]] = rewrites.mapValues { rules in
        rules.sorted { $0.ending.count > $1.ending.count }
    }

    /// The word with its ending rewritten, or the word itself. At least two letters must precede the ending, so
    /// that short words are kept.
    static func prepare(_ word: String, language: Language) -> String {
        for (ending, replacement) in ordered[language] ?? []
        where word.hasSuffix(ending) && word.count >= ending.count + 2 {
            return String(word.dropLast(ending.count)) + replacement
        }
        return word
    }
}
