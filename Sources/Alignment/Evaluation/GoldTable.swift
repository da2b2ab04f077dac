import AkomaNtoso
import Foundation

/// An expert's table of (provision, article) pairs for one law, in the TSV format of the development gold set:
/// columns `provision`, `article`, `coverage`, `status`, `notes` with a header row. `optional` pairs are
/// debatable: scoring counts them neither as hits nor as misses.
public struct GoldTable: Sendable, Hashable {
    public let name: String
    public let pairs: [GoldPair]

    public init(name: String, pairs: [GoldPair]) {
        self.name = name
        self.pairs = pairs
    }

    public struct GoldPair: Sendable, Hashable {
        public let provision: String
        public let article: String
        public let coverage: Coverage?
        public let optional: Bool
        public let notes: String
        public let line: Int
    }

    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): error: \(message)" }
    }

    /// Reads a gold TSV; `file` names it in errors.
    public init(tsv: String, file: String, name: String) throws {
        var lines = tsv.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first else { throw ParseError(file: file, line: 1, message: "empty file") }
        let columns = header.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard let provisionColumn = columns.firstIndex(of: "provision"),
            let articleColumn = columns.firstIndex(of: "article")
        else {
            throw ParseError(file: file, line: 1, message: "header must name the columns 'provision' and 'article'")
        }
        let coverageColumn = columns.firstIndex(of: "coverage")
        let statusColumn = columns.firstIndex(of: "status")
        let notesColumn = columns.firstIndex(of: "notes")
        var pairs: [GoldPair] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func field(_ column: Int?) -> String? {
                guard let column, column < fields.count else { return nil }
                return fields[column].trimmingCharacters(in: .whitespaces)
            }
            guard let provision = field(provisionColumn), !provision.isEmpty,
                let article = field(articleColumn), !article.isEmpty
            else {
                throw ParseError(file: file, line: index + 1, message: "missing provision or article")
            }
            var coverage: Coverage?
            if let text = field(coverageColumn), !text.isEmpty {
                guard let parsed = Coverage(rawValue: text.lowercased()) else {
                    throw ParseError(file: file, line: index + 1, message: "coverage must be 'full' or 'partial', not '\(text)'")
                }
                coverage = parsed
            }
            let status = field(statusColumn)?.lowercased() ?? "core"
            guard status == "core" || status == "optional" || status.isEmpty else {
                throw ParseError(file: file, line: index + 1, message: "status must be 'core' or 'optional', not '\(status)'")
            }
            pairs.append(
                GoldPair(
                    provision: provision, article: article, coverage: coverage, optional: status == "optional",
                    notes: field(notesColumn) ?? "", line: index + 1))
        }
        self.init(name: name, pairs: pairs)
    }
}

/// The folding of provision numbers under which a table's `CP 269A` and a document's `269A`, or `5º` and `5°`,
/// or `Art. 154-A` and `154 A`, are the same provision.
public enum ProvisionNumber {
    /// Lower case, accents, `Art.`/`Artículo`/`Section`/`§` labels, degree and ordinal signs, quotes, spaces and
    /// hyphens removed, and a leading code prefix (`CP`, `CPP`, `LGT`: an upper-case abbreviation followed by a
    /// space) dropped.
    public static func fold(_ number: String) -> String {
        var text = number.trimmingCharacters(in: .whitespaces)
        // A code prefix: a first word in capitals (2-6 letters) followed by a word that starts with a digit.
        let words = text.split(separator: " ")
        if words.count >= 2, let first = words.first, (2...6).contains(first.count),
            first.allSatisfy({ $0.isUppercase && $0.isLetter }), words[1].first?.isNumber == true
        {
            text = words.dropFirst().joined(separator: " ")
        }
        // (The dot that marks an ordinal goes with its sign: `3.º-C` is `3-C`, while `342.1` keeps its dot.)
        text = Provision.cleanNumber(text).replacingOccurrences(of: #"\.(?=[º°ª˚])"#, with: "", options: .regularExpression)
            .filter { !"º°ª˚".contains($0) }
        let folded = TextFolding.fold(text)
        var result = ""
        for character in folded {
            if character.isLetter || character.isNumber || character == "." {
                result.append(character)
            }
        }
        while result.hasSuffix(".") { result.removeLast() }
        // `1o`, `2o`: the ordinal sign typed as a letter o (`Art. 1o.-`), not a lettered article.
        if result.count >= 2, result.last == "o", result.dropLast().allSatisfy(\.isNumber) { result.removeLast() }
        return result
    }

    /// The mark a transitory article's citation key carries: experts cite it with a qualifier after its number
    /// (`primero transitorio`), which tells it from a permanent article of the same number (`Artículo primero`).
    static let transitionalMark = "~transitional"

    /// How a provision is cited, folded: its number, marked when it is a transitory article (in a `transitional`
    /// block).
    public static func citationKey(of provision: Provision) -> String {
        let transitional = provision.ancestors.contains { $0.level == "transitional" }
        return fold(provision.num ?? provision.eId) + (transitional ? transitionalMark : "")
    }

    /// The citation key of the amending law's article whose quoted text holds the provision `eId` names
    /// (`art_586__mod_1__qstr_1` -> `586`), or nil for a provision no amendment quotes.
    static func amendingArticleKey(eId: String) -> String? {
        let components = eId.components(separatedBy: "__")
        guard let quoting = components.firstIndex(where: { $0.hasPrefix("mod_") }), quoting > 0,
            let separator = components[quoting - 1].firstIndex(of: "_")
        else { return nil }
        return fold(String(components[quoting - 1][separator...].dropFirst()))
    }

    /// How an aligned provision is cited, folded: its number, marked when its eId places it in a `transitional`
    /// block (`transitional_1__art_primero`).
    public static func citationKey(reference: ProvisionReference) -> String {
        let transitional = reference.eId.components(separatedBy: "__").contains { $0.hasPrefix("transitional_") }
        return fold(reference.num ?? reference.eId) + (transitional ? transitionalMark : "")
    }

    /// How a table cites a provision, folded: `CP 269A` -> `269a`; `primero transitorio` -> `primero` marked as
    /// transitory, when `transitoryQualifiers` (the language files' qualifiers, lower case) has its last word.
    public static func citationKey(gold provision: String, transitoryQualifiers: Set<String>) -> String {
        let words = provision.split(separator: " ")
        if words.count >= 2, let last = words.last, transitoryQualifiers.contains(TextFolding.fold(String(last))) {
            return fold(words.dropLast().joined(separator: " ")) + transitionalMark
        }
        return fold(provision)
    }
}

/// How `lexalign evaluate` finds a document's gold table. Tables are named after the law file the expert read:
/// `<country>-<kind>-<number or name>[-<more words>]`, e.g. `cl-ley-21459`, `ca-criminal-code-cyber`,
/// `mx-cpf-211bis`. A document is paired with a table, in this order, when
/// 1. it records the table's stem as an FRBR alias (an importer may record its source file's stem), or
/// 2. its file is named `<stem>.xml` (or `.akn.xml`, `.akn`), or
/// 3. its FRBR country is the table's first word and its FRBR work number is a word of the stem: `21459` in
///    `cl-ley-21459`, `criminal-code` in `ca-criminal-code-cyber`, or the initials of a named work (`codigo-penal`
///    -> `cp` in `br-cp-crimes-informaticos`, `codigo-penal-federal` -> `cpf`), or else
/// 4. its FRBR country is the table's first word and a law number in its title (`Ley N° 21.459`) is a word of the
///    stem.
/// When several documents claim one table (an original text and a consolidated version of the same law), the
/// one whose expression date is the work date (the text as enacted) gets it. A document that gets no table is
/// not scored.
public enum GoldPairing {
    public struct Candidate: Sendable, Hashable {
        public let id: String
        public let fileName: String
        public let facts: DocumentFacts

        public init(id: String, fileName: String, facts: DocumentFacts) {
            self.id = id
            self.fileName = fileName
            self.facts = facts
        }
    }

    /// Table stem per document id.
    public static func assign(_ documents: [Candidate], stems: Set<String>) -> [String: String] {
        var claims: [String: [(candidate: Candidate, rank: Int)]] = [:]
        for document in documents {
            if let (stem, rank) = match(document, stems: stems) {
                claims[stem, default: []].append((document, rank))
            }
        }
        var result: [String: String] = [:]
        for (stem, claimants) in claims {
            let best = claimants.min { a, b in
                (a.rank, isOriginal(a.candidate.facts) ? 0 : 1, a.candidate.fileName)
                    < (b.rank, isOriginal(b.candidate.facts) ? 0 : 1, b.candidate.fileName)
            }!
            result[best.candidate.id] = stem
        }
        return result
    }

    static func match(_ document: Candidate, stems: Set<String>) -> (String, Int)? {
        for alias in document.facts.aliases {
            let candidate = URL(fileURLWithPath: alias).deletingPathExtension().lastPathComponent
            if stems.contains(alias) { return (alias, 0) }
            if stems.contains(candidate) { return (candidate, 0) }
        }
        var base = URL(fileURLWithPath: document.fileName).lastPathComponent
        for suffix in [".xml", ".akn"] where base.hasSuffix(suffix) { base = String(base.dropLast(suffix.count)) }
        if base.hasSuffix(".akn") { base = String(base.dropLast(4)) }
        if stems.contains(base) { return (base, 1) }
        guard let work = document.facts.workURI.flatMap({ try? FRBRURI(parsing: $0) }) else { return nil }
        let country = (document.facts.country ?? work.country).lowercased()
        let number = work.number.lowercased()
        let numberWords = number.split(separator: "-").map(String.init)
        let minor: Set<String> = ["de", "del", "la", "las", "el", "los", "y", "da", "do", "das", "dos", "of", "the", "and", "et", "du", "des", "le", "les"]
        let initials = String(numberWords.filter { !minor.contains($0) }.compactMap(\.first))
        for stem in stems.sorted() {
            let words = stem.lowercased().split(separator: "-").map(String.init)
            guard words.first == country else { continue }
            let rest = Set(words.dropFirst())
            if rest.contains(number.replacingOccurrences(of: "-", with: ""))
                || (numberWords.count > 1 && Set(numberWords).isSubset(of: rest))
                || (numberWords.count > 1 && rest.contains(initials))
            {
                return (stem, 2)
            }
        }
        // Last resort: a law number in the document's title ("Ley N° 21.459 — ...") that is a word of the stem.
        let titleNumbers = document.facts.aliases.flatMap(Self.numbers(in:))
        for stem in stems.sorted() {
            let words = stem.lowercased().split(separator: "-").map(String.init)
            guard words.first == country else { continue }
            if !Set(words.dropFirst()).isDisjoint(with: titleNumbers) { return (stem, 3) }
        }
        return nil
    }

    /// Numbers of three digits or more written in a title, thousands separators dropped: `21.459` -> `21459`.
    static func numbers(in title: String) -> Set<String> {
        var found = Set<String>()
        var current = ""
        for character in title + " " {
            if character.isNumber {
                current.append(character)
            } else if (character == "." || character == ",") && !current.isEmpty {
                continue
            } else {
                if current.count >= 3 { found.insert(current) }
                current = ""
            }
        }
        return found
    }

    /// The text as enacted: the expression's date is the work's date.
    static func isOriginal(_ facts: DocumentFacts) -> Bool {
        guard let expression = try? FRBRURI(parsing: facts.expressionURI) else { return false }
        return expression.versionDate == nil || expression.versionDate == expression.date
    }
}
