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
        text = Provision.cleanNumber(text).filter { !"º°ª˚".contains($0) }
        let folded = TextFolding.fold(text)
        var result = ""
        for character in folded {
            if character.isLetter || character.isNumber || character == "." {
                result.append(character)
            }
        }
        while result.hasSuffix(".") { result.removeLast() }
        return result
    }
}

/// How `lexalign evaluate` finds a document's gold table: by the name of the law file it was made from.
///
/// A table `<stem>.tsv` belongs to the document that records `<stem>` as an FRBR alias (the text importer
/// records the stem of the source file it read), or else to the document whose file is named `<stem>.xml`
/// (or `<stem>.akn.xml`, `<stem>.akn`). A document that matches no table is not scored.
public enum GoldPairing {
    public static func stem(aliases: [String], fileName: String, stems: Set<String>) -> String? {
        for alias in aliases {
            let candidate = URL(fileURLWithPath: alias).deletingPathExtension().lastPathComponent
            if stems.contains(alias) { return alias }
            if stems.contains(candidate) { return candidate }
        }
        var base = URL(fileURLWithPath: fileName).lastPathComponent
        for suffix in [".xml", ".akn"] where base.hasSuffix(suffix) { base = String(base.dropLast(suffix.count)) }
        if base.hasSuffix(".akn") { base = String(base.dropLast(4)) }
        return stems.contains(base) ? base : nil
    }
}
