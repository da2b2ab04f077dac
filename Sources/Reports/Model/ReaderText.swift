import Alignment
import Foundation

/// The small pieces of English the reports are written with: lists, article ranges, dates, element wording,
/// sources. One place, so every page words things the same way.
enum ReaderText {
    /// `a`, `a and b`, `a, b and c` (or `or`).
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        case 2: "\(items[0]) \(conjunction) \(items[1])"
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }

    /// The possessive of a name: `Chile's`, `the Philippines'`, `the United States'` (a plural name takes the
    /// apostrophe alone).
    static func possessive(_ name: String) -> String {
        name.hasSuffix("s") ? name + "'" : name + "'s"
    }

    /// A phrase that opens a sentence: `the Philippines` -> `The Philippines`.
    static func sentenceStart(_ phrase: String) -> String {
        phrase.prefix(1).uppercased() + phrase.dropFirst()
    }

    /// `Art. 9`, `Arts. 2-8 and 11`, `Arts. 14, 15 and 20`: runs of consecutive whole numbers joined by a dash.
    static func articles(_ numbers: [String]) -> String {
        let sorted = numbers.sorted { ArticleNumber.precedes($0, $1) }
        guard sorted.count > 1 else { return sorted.first.map { "Art. \($0)" } ?? "" }
        var runs: [(String, String)] = []
        for number in sorted {
            if let last = runs.last, let previous = Int(last.1), let current = Int(number), current == previous + 1 {
                runs[runs.count - 1].1 = number
            } else {
                runs.append((number, number))
            }
        }
        let parts = runs.map { first, last -> [String] in
            guard first != last else { return [first] }
            // Two consecutive numbers read better as a pair than as a range.
            if let a = Int(first), let b = Int(last), b == a + 1 { return [first, last] }
            return ["\(first)-\(last)"]
        }.flatMap { $0 }
        return "Arts. " + list(parts)
    }

    /// `2017-08-01` -> `1 August 2017`; `2019-12` -> `December 2019`; anything else unchanged.
    static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").map(String.init)
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        switch parts.count {
        case 3:
            guard let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]) else { return iso }
            return "\(day) \(months[month - 1]) \(parts[0])"
        case 2:
            guard let month = Int(parts[1]), (1...12).contains(month) else { return iso }
            return "\(months[month - 1]) \(parts[0])"
        default:
            return iso
        }
    }

    /// An element's description as a phrase to put in a sentence: without the label the instrument file puts
    /// before a colon (`1(a)`, `Object`, `Qualifier a Party may require`), without a final period, and starting
    /// in lower case unless it starts with a proper noun or a citation.
    static func elementPhrase(_ description: String) -> String {
        var text = description.trimmingCharacters(in: .whitespaces)
        if let colon = text.range(of: ": "), text[..<colon.lowerBound].split(separator: " ").count <= 8 {
            text = String(text[colon.upperBound...])
        }
        while text.hasSuffix(".") || text.hasSuffix(" ") { text.removeLast() }
        guard let first = text.first, first.isUppercase else { return text }
        let firstWord = text.prefix { $0 != " " }
        // "Art. 2-11 offences...", "ECHR": keep capitals that are not just a sentence start.
        if firstWord.hasPrefix("Art") && firstWord.count <= 4 { return text }
        if firstWord.count > 1 && firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// An element as a phrase for a sentence. A definition is named by the term it defines (`a definition of
    /// traffic data`); a paragraph of the article's own definition (`Definition 2(b): a person appearing to be a
    /// minor ...`) by what it defines; other elements by their description without its label.
    static func elementPhrase(_ element: Article.Element) -> String {
        if element.kind == .definition, let colon = element.description.range(of: ": ") {
            let term = String(element.description[..<colon.lowerBound])
            if term.lowercased().hasPrefix("definition") { return elementPhrase(element.description) }
            return "a definition of " + elementPhrase(term)
        }
        return elementPhrase(element.description)
    }

    /// The first letter in upper case.
    static func sentenceCase(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A name written in capitals (`CODIGO PENAL`) in title case (`Codigo Penal`); other names unchanged.
    static func titleCase(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        let minor: Set<String> = ["de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "dos", "das", "of", "the", "and", "et", "du", "des", "le"]
        return name.lowercased().split(separator: " ").enumerated().map { index, word in
            index > 0 && minor.contains(String(word)) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// A page anchor from a citation: `Ley 21.459 art. 2` -> `p-ley-21-459-art-2`.
    static func anchor(_ citation: String) -> String {
        "p-" + FileName.slug(citation)
    }
}

extension SourceCitation {
    /// Reads a source as the data files write it: words and web addresses, sometimes with references to the
    /// project's own data files (`expert-notes/cl.tsv (Art. 2):`). Addresses become links named by their site;
    /// file references are dropped, so that no reader page shows a file path.
    init(_ raw: String) {
        var parts: [Part] = []
        var words: [String] = []
        func flush() {
            var text = words.joined(separator: " ")
            for (pattern, replacement) in [
                (#"^\s*\((?:[^()]|\([^()]*\))*\)\s*:\s*"#, ""), (#"\s+([;,:)])"#, "$1"), (#"([;,:])\s*([;,:])+"#, "$1"),
                (#"\s{2,}"#, " "),
            ] {
                text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
            }
            // A separator that followed a link stays with it ("coe.int; WIPO Lex"); one opening the source goes.
            if parts.isEmpty {
                text = text.replacingOccurrences(of: #"^[\s;,]+"#, with: "", options: .regularExpression)
            }
            if !text.isEmpty {
                let separated = text.first.map { ";,.:)".contains($0) } ?? false
                parts.append(Part(text: (parts.isEmpty || separated ? "" : " ") + text, url: nil))
            }
            words = []
        }
        let tokens = raw.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            // `github:owner/repo path/in/repo.md @commit`: a provenance citation, written as a link to the file.
            if token.hasPrefix("github:"), token.dropFirst("github:".count).contains("/") {
                let repository = String(token.dropFirst("github:".count))
                var path: String?, commit: String?
                if index < tokens.count, !tokens[index].hasPrefix("@"), tokens[index].contains("/") || tokens[index].contains(".") {
                    path = tokens[index]
                    index += 1
                }
                if index < tokens.count, tokens[index].hasPrefix("@") {
                    commit = String(tokens[index].dropFirst())
                    index += 1
                }
                var url = "https://github.com/\(repository)"
                if let commit { url += "/blob/\(commit)" + (path.map { "/" + $0 } ?? "") }
                flush()
                parts.append(Part(text: (parts.isEmpty ? "" : " ") + "github.com/\(repository)", url: url))
                continue
            }
            if let range = token.range(of: "https?://", options: .regularExpression) {
                var url = String(token[range.lowerBound...])
                var trailing = ""
                while let last = url.last, ".,;)".contains(last) { trailing = String(last) + trailing; url.removeLast() }
                let before = String(token[..<range.lowerBound])
                if !before.isEmpty { words.append(before) }
                flush()
                parts.append(Part(text: (parts.isEmpty ? "" : " ") + Self.site(url), url: url))
                if !trailing.isEmpty { words.append(trailing) }
            } else if Self.isFileReference(token) {
                continue
            } else {
                words.append(token)
            }
        }
        flush()
        // Punctuation left alone at the end ("… CL/952 ;").
        while let last = parts.last, last.url == nil, last.text.trimmingCharacters(in: CharacterSet(charactersIn: " ;,:")).isEmpty {
            parts.removeLast()
        }
        self.init(parts: parts)
    }

    /// `https://www.coe.int/...` -> `coe.int`.
    static func site(_ url: String) -> String {
        let host = URL(string: url)?.host ?? url
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// `expert-notes/cl.tsv`, `laws/pe-rl-30913-2019.txt`, `parties-americas.tsv,`: a file of the project's data.
    static func isFileReference(_ token: String) -> Bool {
        let trimmed = token.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()"))
        return trimmed.range(of: #"^[\w.\-/]+\.(tsv|txt|yaml|yml|xml|md|json|csv|swift)$"#, options: .regularExpression) != nil
    }
}

extension ReaderText {
    /// Text from the data (a completeness note) with file names replaced by `its source text`, so that a reader
    /// page never shows a file path.
    static func withoutFileReferences(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard SourceCitation.isFileReference(String(word)) else { return String(word) }
            let tail = word.reversed().prefix { ".,;:)".contains($0) }
            return "another source text" + String(tail.reversed())
        }.joined(separator: " ")
    }
}
