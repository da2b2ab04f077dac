/// Function words of each language (folded). They count in a phrase's contiguous words but not in the width of a
/// ` ... ` gap, and they never anchor retrieval.
enum StopWords {
    static func list(for language: Language) -> Set<String> {
        switch language {
        case .es: spanish
        case .pt: portuguese
        case .en: english
        case .fr: french
        }
    }

    static let spanish: Set<String> = [
        "a", "al", "ante", "con", "contra", "de", "del", "desde", "durante", "en", "entre", "hacia", "hasta", "mediante",
        "para", "por", "segun", "sin", "sobre", "tras", "el", "la", "lo", "los", "las", "un", "una", "unos", "unas", "y",
        "e", "o", "u", "ni", "que", "quien", "quienes", "cual", "cuales", "cuyo", "cuya", "se", "su", "sus", "le", "les",
        "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "dicho", "dicha", "dichos",
        "dichas", "mismo", "misma", "mismos", "mismas", "como", "si", "no", "mas", "es", "son", "sea", "sean", "ser",
        "fuere", "fuera", "haya", "hubiere", "ha", "han", "otro", "otra", "otros", "otras", "todo", "toda", "todos",
        "todas", "cualquier", "cualquiera", "alguno", "alguna", "algun", "parte", "ello", "ellos", "ella",
    ]
    static let portuguese: Set<String> = [
        "a", "o", "as", "os", "ao", "aos", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "por", "pelo",
        "pela", "pelos", "pelas", "para", "com", "sem", "sob", "sobre", "entre", "ate", "um", "uma", "uns", "umas", "e",
        "ou", "nem", "que", "quem", "qual", "quais", "cujo", "cuja", "se", "seu", "sua", "seus", "suas", "lhe", "este",
        "esta", "estes", "estas", "esse", "essa", "esses", "essas", "aquele", "aquela", "isso", "isto", "mesmo", "mesma",
        "como", "nao", "mais", "e", "sao", "ser", "seja", "sejam", "for", "outro", "outra", "outros", "outras", "todo",
        "toda", "todos", "todas", "qualquer", "quaisquer", "algum", "alguma",
    ]
    static let english: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "into",
        "onto", "upon", "within", "as", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its",
        "is", "are", "be", "been", "being", "was", "were", "has", "have", "had", "any", "all", "such", "other", "another",
        "their", "them", "they", "he", "she", "his", "her", "him", "if", "not", "so", "than", "then", "there", "thereof",
        "under", "more", "some", "each", "every", "whether",
    ]
    static let french: Set<String> = [
        "a", "au", "aux", "de", "du", "des", "d", "l", "le", "la", "les", "un", "une", "en", "dans", "par", "pour", "sur",
        "sous", "avec", "sans", "entre", "vers", "et", "ou", "ni", "que", "qui", "quoi", "dont", "qu", "se", "s", "sa",
        "son", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "celui", "celle", "ceux", "meme", "comme", "si", "ne",
        "pas", "plus", "est", "sont", "etre", "soit", "soient", "autre", "autres", "tout", "toute", "tous", "toutes",
        "quelque", "quelconque", "n", "c", "j", "m", "t", "y", "il", "elle", "ils", "elles", "lui",
    ]
}
