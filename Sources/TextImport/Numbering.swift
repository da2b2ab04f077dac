import Foundation

/// The printed shapes of structure in Spanish, Portuguese, English and French statutes: grouping headings
/// (Libro, Título, Capítulo, Sección, Part, Chapter, Chapitre...), article labels with their numbers as printed
/// (`1°`, `269A`, `154-A`, `211 bis 1`, `274 "B"`, `146 b`, `342.1`, `primero`), sub-unit markers (`1)`, `a)`,
/// `I -`, `§ 1º`, `(1)`, `(a)`, `(i)`) and editorial notes.
///
/// One grammar serves every language: a label from one language never means something else in another, and
/// mixed texts (a Spanish law quoting an English title) are common. The only language switch is the bare
/// section number of English and French statutes (`184 Interception`, Canada's codes in both languages).
struct Numbering: Sendable {
    let language: String

    // MARK: line classification

    enum Line: Equatable {
        case blank
        /// A whole line of editorial text: `(Artículo sustituido por ...)`, `[modificado por ...]`, `Artículo adicionado DOF ...`.
        case note
        /// `TÍTULO I`, `CAPITULO. II`, `Capítulo III - Cooperación internacional`.
        case grouping(Grouping)
        /// `ARTÍCULOS TRANSITORIOS`: the transitory articles follow, as their own sequence.
        case transitionalHeading
        case article(ArticleLine)
        case marker(Marker)
        case text
    }

    struct Grouping: Equatable {
        /// AKN element: book, part, title, chapter, division, subdivision.
        let element: String
        /// The label as printed, with the number: `TÍTULO I`, `"TÍTULO I`, `CAPITULO. I`.
        let label: String
        let number: String
        /// Heading on the same line, after a separator.
        let heading: String?
        /// The separator between label and heading, as printed (` - `).
        let separator: String
    }

    struct ArticleLine: Equatable {
        /// Quotation marks and spaces before the label (`“ `), for articles quoted in an amending law.
        let leadingQuote: String
        /// The label, number and separator as printed: `Artículo 1°.-`, `Art. 154-A.`, `342.1`.
        let label: String
        /// The number alone: `1°`, `154-A`, `342.1`, `primero`.
        let number: String
        /// What follows the separator on the same line.
        let rest: String
        /// `primero`, `único`: numbered in words (transitory and sole articles).
        let inWords: Bool
        /// A bare English section number without a label (`184 Interception`): the rest is its heading.
        let bare: Bool
        /// AKN element: article, or section for English sections.
        let element: String
        /// A disposition numbered by an ordinal alone (`ÚNICA.`, `PRIMERA.-`): an article only after the body began.
        var disposition = false
    }

    struct Marker: Equatable {
        /// Which numbering style: units of one style are siblings, a new style nests.
        let style: String
        /// AKN element for the style.
        let element: String
        /// The marker as printed, with its separator: `1)`, `(a)`, `§ 4º-A.`, `I -`.
        let label: String
        let number: String
        let rest: String
        /// `(i)`, `(v)`, `(x)`: a letter that may be a Roman numeral; context decides.
        let romanCandidate: Bool
    }

    func classify(_ raw: String) -> Line {
        let line = raw.trimmedSpaces
        if line.isEmpty { return .blank }
        if isNote(line) { return .note }
        if Self.matches(Self.transitionalHeading, line) { return .transitionalHeading }
        if let grouping = grouping(line) { return .grouping(grouping) }
        if let article = article(line) { return .article(article) }
        if let marker = marker(line) { return .marker(marker) }
        return .text
    }

    // MARK: notes

    static let bracketNote = regex(#"^\[.*\]$"#)
    static let parenthesisNote = regex(
        #"^\((?=[^()]*(?:sustituid|adicionad|incorporad|derogad|modificad|aumentad|reformad|subrogad|reda[çc][ãa]o dada|inclu[íi]d[oa] pel|revogad|acrescid|renumerad|vetad|amended by|repealed|added by|ep[íi]grafe|as enacted))(?:[^()]|\([^()]*\))*\)\.?$"#,
        caseInsensitive: true)
    static let gazetteNote = regex(
        #"^(?:[\p{L}]+\s+){0,4}?(?:adicionad[oa]s?|reformad[oa]s?|recorrid[oa]s?|derogad[oa]s?|erratas|denominaci[óo]n|modificad[oa]s?)\b[^.]{0,160}\bDOF\s+\d{2}-\d{2}-\d{4}(?:[.,;]?\s*(?:[\p{L}() ]+\s+)?DOF\s+\d{2}-\d{2}-\d{4})*\.?$"#,
        caseInsensitive: true)
    static let amendedByNote = regex(
        #"^(?:adicionad[oa]|modificad[oa]|derogad[oa]|sustituid[oa]|subrogad[oa]|reformad[oa]|incorporad[oa]|inclu[íi]d[oa]|revogad[oa])\s+(?:por|pela|pelo|mediante)\b.{0,200}$"#,
        caseInsensitive: true)

    func isNote(_ line: String) -> Bool {
        if line.first == "[" || line.first == "(" {
            return Self.matches(Self.bracketNote, line) || Self.matches(Self.parenthesisNote, line)
        }
        guard Self.hasSubstring(line, "DOF") || Self.hasSubstring(line, " por ") || Self.hasSubstring(line, " pel")
        else { return false }
        return Self.matches(Self.bracketNote, line) || Self.matches(Self.parenthesisNote, line)
            || Self.matches(Self.gazetteNote, line) || Self.matches(Self.amendedByNote, line)
    }

    /// A trailing editorial note on a line of text: `... datos. (Inciso incorporado por art. 9° de la Ley N° 26.388)`.
    /// Returns the text before it and the note.
    static let trailingNote = regex(
        #"^(.*?\S)(\s*)(\((?=[^()]*(?:sustituid|adicionad|incorporad|derogad|modificad|reformad|reda[çc][ãa]o dada|inclu[íi]d[oa] pel|revogad|acrescid|amended by|repealed|added by))(?=[^()]*(?:ley|lei|law|act|decreto|art\.|dof|b\.o\.))[^()]{12,}\))\s*$"#,
        caseInsensitive: true)

    static let trailingBracketNote = regex(
        #"^(.*?\S\s*)(\[(?:repealed|abrog[ée]|derogad[oa]|revogad[oa]|amended|modifi[ée])\b[^\[\]]*\])\s*$"#,
        caseInsensitive: true)

    func splitTrailingNote(_ text: String) -> (text: String, note: String)? {
        if text.last(where: { !$0.isWhitespace }) == "]", let groups = Self.captures(Self.trailingBracketNote, text),
            let body = groups[1], let note = groups[2]
        {
            // `data[Repealed, 2014, c. 31, s. 16]`: a consolidation note on a repealed definition.
            return (body, note)
        }
        guard text.last(where: { !$0.isWhitespace }) == ")", let groups = Self.captures(Self.trailingNote, text),
            let body = groups[1], let note = groups[3]
        else {
            return nil
        }
        return (body + (groups[2] ?? ""), note)
    }

    /// `Texto anterior:` — a compiled code quoting the wording an amendment replaced.
    static let previousWordingHeading = regex(
        #"^(?:texto anterior|texto original|redacci[óo]n anterior|reda[çc][ãa]o anterior|previous version|former wording|r[ée]daction ant[ée]rieure)\s*:?$"#,
        caseInsensitive: true)

    // MARK: groupings

    static let groupingKeywords: [(pattern: String, element: String)] = [
        ("libro|livro|book|livre", "book"),
        ("parte|part|partie", "part"),
        ("t[íi]tulo|title|titre", "title"),
        ("subcap[íi]tulo|sub-?chapter", "subchapter"),
        ("cap[íi]tulo|chapter|chapitre", "chapter"),
        ("subsecci[óo]n|subse[çc][ãa]o|sous-section|subdivision", "subdivision"),
        ("secci[óo]n|se[çc][ãa]o|section|division", "division"),
    ]
    static let ordinalWords =
        "(?:d[ée]cimo\\s?)?(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa])|d[ée]cim[oa]|und[ée]cim[oa]|duod[ée]cim[oa]|[úu]nic[oa]|preliminar|pr[ée]liminaire|premier|premi[èe]re|first|second|third|fourth|fifth"
    static let groupingLine: [(NSRegularExpression, String)] = groupingKeywords.map { keyword, element in
        (
            regex(
                "^([“\"«]?\\s*(?i:\(keyword))\\s*\\.?\\s*((?i:[IVXLCDM]+|\\d+[A-Z]?|\(ordinalWords))(?:er|re|ère)?(?:\\s+(?i:bis|ter|quater|[A-Z]))?))(?![\\p{L}\\d])(?:(\\s*[-–—.:]\\s*|\\s+)(\\S.*))?$"
            ), element
        )
    }

    static let groupingFirstWords: Set<String> = [
        "libro", "livro", "book", "livre", "parte", "part", "partie", "titulo", "title", "titre", "subcapitulo",
        "subchapter", "sub-chapter", "capitulo", "chapter", "chapitre", "subseccion", "subsecao", "sous-section",
        "subdivision", "seccion", "secao", "section", "division",
    ]

    /// The first word of a line, lowercased, accents and a leading quotation mark dropped: `"TÍTULO` -> `titulo`.
    static func firstWord(_ line: String) -> String {
        let word = line.drop { "“\"« ".contains($0) }.prefix { $0.isLetter || $0 == "-" }
        var folded = ""
        for character in word.lowercased() {
            switch character {
            case "á", "à", "â", "ã": folded.append("a")
            case "é", "è", "ê": folded.append("e")
            case "í", "î": folded.append("i")
            case "ó", "ô", "õ": folded.append("o")
            case "ú", "û": folded.append("u")
            case "ç": folded.append("c")
            default: folded.append(character)
            }
        }
        return folded
    }

    func grouping(_ line: String) -> Grouping? {
        guard Self.groupingFirstWords.contains(Self.firstWord(line)) else { return nil }
        for (expression, element) in Self.groupingLine {
            guard let groups = Self.captures(expression, line), let label = groups[1], let number = groups[2] else {
                continue
            }
            let heading = groups[4]
            if let heading {
                // `Section 2 of the Act ...` is a sentence; a grouping heading is a title, not a clause.
                let separator = groups[3] ?? ""
                if separator.trimmingCharacters(in: .whitespaces).isEmpty {
                    guard heading == heading.uppercased(), heading.contains(where: \.isLetter) else { continue }
                }
                if heading.first?.isLowercase == true { continue }
                if heading.split(separator: " ").count > 30 { continue }
                if heading.hasSuffix(".") && element == "division" && heading.split(separator: " ").count > 12 {
                    continue
                }
            }
            return Grouping(element: element, label: label, number: number, heading: heading, separator: groups[3] ?? "")
        }
        return nil
    }

    static let transitionalHeading = regex(
        #"^(?:(?:art[íi]culos?|disposici[óo]n(?:es)?|disposi[çc][õo]es|dispositions?|provisions?)\s+)?(?:transitori[oa]s?|transit[óo]ri[oa]s?|transitoires?|transitional(?:\s+provisions?)?)\.?$"#,
        caseInsensitive: true)

    // MARK: articles

    static let articleNumber =
        #"(?:\d+(?:\.\d+)*(?:-\d+)*(?:\s?[°º]|o(?=\s*[.\-–—:]))?(?:er|re)?(?:-?[A-Z](?![\p{Ll}]))?(?:-[A-Z]\b)?(?:\s+(?i:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)(?:\s*\d+)?)?(?:\s?["“][A-Z]["”])?(?:\s[a-z](?=\s*[.\-:–—]))?|(?i:\#(ordinalWords))(?:\s+(?i:transitori[oa]))?|(?i:[LRD])\.?\s?\d+(?:-\d+)*|(?i:premier|première))"#
    static let articleLine = regex(
        #"^([“"«]?\s*)((?i:art[íi]culo|artigo|article|art\.|section|sec\.)\s*(\#(articleNumber))(\s*(?:\.\s*-|\.\s*–|\.\s*—|[-–—:.,])?))(?:\s+|$|(?<=[-–—:.,]))(.*)$"#)
    static let bareSection = regex(#"^((\d+(?:\.\d+)*[A-Z]?))\s+(\p{Lu}.*)$"#)

    func article(_ line: String) -> ArticleLine? {
        guard let first = line.first(where: { !"“\"« ".contains($0) }),
            "AaSsPTCQONDUÚ".contains(first) || first.isNumber
        else { return nil }
        if let groups = Self.captures(Self.articleLine, line), let label = groups[2], let number = groups[3] {
            let rest = groups[5] ?? ""
            let separator = (groups[4] ?? "").trimmingCharacters(in: .whitespaces)
            // `Artículo 58 del Código ...` is a citation in running text, not an article.
            if separator.isEmpty, let first = rest.first, first.isLowercase { return nil }
            let number = number.trimmingCharacters(in: .whitespaces)
            // `primero`, `único`, `premier`; not a French code number (`L. 323-1`).
            let inWords = number.first?.isLetter == true && !number.contains(where: \.isNumber)
            let keyword = label.lowercased()
            let element = (keyword.hasPrefix("section") || keyword.hasPrefix("sec.")) ? "section" : "article"
            return ArticleLine(
                leadingQuote: groups[1] ?? "", label: label, number: number, rest: rest, inWords: inWords, bare: false,
                element: element)
        }
        if let groups = Self.captures(Self.dispositionLine, line), let label = groups[1], let number = groups[2] {
            var disposition = ArticleLine(
                leadingQuote: "", label: label, number: number, rest: groups[3] ?? "", inWords: true, bare: false,
                element: "article")
            disposition.disposition = true
            return disposition
        }
        if language == "eng" || language == "fra", let groups = Self.captures(Self.bareSection, line), let number = groups[1],
            let heading = groups[3]
        {
            let words = heading.split(separator: " ").count
            guard words <= 15, let last = heading.last, !".,;:".contains(last) else { return nil }
            return ArticleLine(
                leadingQuote: "", label: number, number: number, rest: heading, inWords: false, bare: true,
                element: "section")
        }
        return nil
    }

    /// `ÚNICA. Normativa adicional ...`, `PRIMERA.- ...`: final, transitory or amending dispositions numbered by
    /// an ordinal word, in capitals or capitalised.
    static let dispositionLine = regex(
        #"^(((?:PRIMER[OA]|SEGUND[OA]|TERCER[OA]|CUART[OA]|QUINT[OA]|SEXT[OA]|S[ÉE]PTIM[OA]|OCTAV[OA]|NOVEN[OA]|D[ÉE]CIM[OA]|[ÚU]NIC[OA])|(?:Primer[oa]|Segund[oa]|Tercer[oa]|Cuart[oa]|Quint[oa]|Sext[oa]|S[ée]ptim[oa]|Octav[oa]|Noven[oa]|D[ée]cim[oa]|[ÚU]nic[oa]))\s*(?:\.\s*-|\.|-|–|—))\s+(\p{Lu}.*)$"#)

    /// The leading integer of a plain article number (`12`, `12°`), or nil for `12-A`, `12 bis`, `primero`.
    static func plainInteger(_ number: String) -> Int? {
        var digits = ""
        var rest = Substring(number)
        while let first = rest.first, first.isASCII, first.isNumber {
            digits.append(first)
            rest = rest.dropFirst()
        }
        let tail = rest.trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, tail.isEmpty || tail == "°" || tail == "º" else { return nil }
        return Int(digits)
    }

    /// The leading integer of any article number (`269` for `269A`).
    static func leadingInteger(_ number: String) -> Int? {
        Int(number.prefix { $0.isASCII && $0.isNumber })
    }

    // MARK: sub-units

    static let markerStyles: [(style: String, element: String, pattern: String)] = [
        ("§", "paragraph", #"^(§\s*(\d+\s?[º°o]?(?:-[A-Z])?)\s*(?:\.\s*-|[.\-–—])?)(?:\s+|$)(.*)$"#),
        ("§", "paragraph", #"^((?i:par[áa]grafo)(?:\s+((?i:[úu]nico|\d+[º°]?)))?\s*(?:\.\s*-|[.\-–—:])?)(?:\s+|$)(.*)$"#),
        ("(1)", "subsection", #"^(\((\d+(?:\.\d+)*)\))(?:\s+|$)(.*)$"#),
        ("(a)", "paragraph", #"^(\(([a-z]{1,4}(?:\.\d+)?)\))(?:\s+|$)(.*)$"#),
        ("1°", "paragraph", #"^((\d+)\s?[°º]\s*\.?)\s+(.*)$"#),
        ("1)", "point", #"^((\d+)\s?\))\s*(.*)$"#),
        ("1.", "point", #"^((\d+)\.)(?:\s+(\S.*))?$"#),
        ("a)", "point", #"^(([a-zñ])\))\s*(.*)$"#),
        ("a.", "point", #"^(([a-zñ])\.)\s+(\p{Lu}.*)$"#),
        ("I -", "point", #"^(([IVXL]+)\.?\s*[-–—])\s+(.*)$"#),
    ]
    static let markerLines: [(String, String, NSRegularExpression)] = markerStyles.map {
        ($0.style, $0.element, regex($0.pattern))
    }
    static let romanNumerals: Set<String> = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
        "xviii", "xix", "xx",
    ]

    func marker(_ line: String) -> Marker? {
        guard let first = line.first,
            "§(IVXLPp".contains(first) || (first.isASCII && (first.isNumber || first.isLowercase)) || first == "ñ"
        else { return nil }
        for (style, element, expression) in Self.markerLines {
            guard let groups = Self.captures(expression, line), let label = groups[1] else { continue }
            let number = groups[2] ?? ""
            let roman = style == "(a)" && Self.romanNumerals.contains(number)
            return Marker(
                style: style, element: element, label: label, number: number, rest: groups[3] ?? "",
                romanCandidate: roman)
        }
        return nil
    }

    // MARK: headings, amendments, closing formulas

    /// A short title-like line: no final punctuation, starts with a capital.
    static func isHeadingLike(_ line: String, maxWords: Int = 15) -> Bool {
        guard let last = line.last(where: { $0 != " " }),
            let first = line.first(where: { !"“\"«( ".contains($0) }), first.isUppercase || first.isNumber
        else { return false }
        if ".,;:".contains(last) && !line.hasSuffix("etc.") { return false }
        var characters = 0
        var spaces = 0
        for character in line {
            characters += 1
            if character == " " { spaces += 1 }
            if characters > 170 || spaces > maxWords + 4 { return false }
        }
        return line.split(separator: " ").count <= maxWords
    }

    /// An amending formula that introduces quoted text: `..., del siguiente tenor:`, `... en los siguientes términos:`.
    static let insertionIntroducer = regex(
        #"(?:siguientes?|sigue|tenor|as[íi]|t[ée]rminos|redacci[óo]n|manera|nuev[oa]s?|following|as follows|seguintes?|vigorar|suivante?s?|ainsi r[ée]dig[ée]e?s?|ainsi con[çc]u)\b[^:]{0,60}:\s*[“"«]?\s*$"#,
        caseInsensitive: true)
    /// Whether a line may end with an amending formula (`...:` or `...: “`), before trying the expression.
    static func mayIntroduceInsertion(_ text: String) -> Bool {
        text.last(where: { !$0.isWhitespace && !"“\"«".contains($0) }) == ":"
    }

    /// Whether a line may hold a formula followed by a quoted article, before trying the expression.
    static func mayHoldInlineInsertion(_ text: String) -> Bool {
        text.contains(":" as Character) && (Self.hasSubstring(text, "rt") || Self.hasSubstring(text, "RT"))
    }

    /// The same formula followed on the same line by the first quoted article.
    static let inlineInsertion = regex(
        #"^(.*?(?:siguientes?|sigue|tenor|as[íi]|t[ée]rminos|redacci[óo]n|manera|nuev[oa]s?|following|as follows|seguintes?|vigorar|suivante?s?|ainsi r[ée]dig[ée]e?s?)\b[^:]{0,60}:)(\s*[“"«]?\s*)((?i:art[íi]culo|artigo|article|art\.)\s*\d.*)$"#,
        caseInsensitive: true)
    /// The same formula followed on the same line by quoted text that is not an article (paragraphs, an inciso).
    static let inlineFragment = regex(
        #"^(.*?(?:siguientes?|sigue|tenor|as[íi]|t[ée]rminos|redacci[óo]n|manera|nuev[oa]s?|following|as follows|seguintes?|vigorar|suivante?s?|ainsi r[ée]dig[ée]e?s?)\b[^:]{0,60}:)(\s*[“"«]?\s*)(\S.*)$"#,
        caseInsensitive: true)
    /// The article an amending formula inserts into: `... del artículo 173 del Código Penal, el siguiente:`.
    static let destinationArticle = regex(
        #"(?i:art[íi]culo|artigo|article)\s+(\d+(?:\s?(?:(?i:bis|ter|quater)|[A-Z])\b)?(?:\s\d+\b)?)"#)

    /// How the sentence of an offence opens (`El que ...`, `Quiconque ...`, `Every person who ...`): what follows a
    /// title on the same line.
    static let offenceOpening = regex(
        #"^(?:(?:El|La|Los|Las|Al|Lo) que|Quien(?:es)?|A quien(?:es)?|Será|Serán|Incurrirá|Se (?:impondrá|castigará|sancionará|aplicará)|Quiconque|Le fait|Est puni|Every(?:one| person| one)|Whoever|Any person|Aquele que|Quem|Constitui crime)\b"#)

    /// A closing quotation mark, then the next quoted article on the same line.
    static let nextQuotedArticle = regex(
        #"^(.*?[”"])\s*([“"«])\s*((?i:art[íi]culo|artigo|article|art\.)\s*\d.*)$"#)
    /// A law approving a treaty quotes the treaty's text after it: the articles that follow are the treaty's own,
    /// not insertions into another law.
    static let approvalFormula = regex(
        #"\b(?:apru[ée]ba(?:se|nse)?|aprueba|aprovad[oa]|approves?|approved|ratif[íi]ca(?:se)?|ratifies)\b"#,
        caseInsensitive: true)
    /// A closing quotation mark at the end of a quoted text: `...”`, `...".`, `...” .`.
    static func endsWithClosingQuote(_ text: String) -> Bool {
        var tail = Substring(text)
        while let last = tail.last, last.isWhitespace { tail = tail.dropLast() }
        if let last = tail.last, ".;,".contains(last) { tail = tail.dropLast() }
        while let last = tail.last, last.isWhitespace { tail = tail.dropLast() }
        return tail.last.map { "”\"»".contains($0) } ?? false
    }

    /// Law names an amending article points at, in order of preference: a code, then a numbered law.
    static let codeName = regex(
        #"(?i:c[óo]digo|code|codice)(?:\s+(?:(?:de|del|da|do|of|de la|des)\s+)?[\p{Lu}][\p{L}]+)+|[Cc]ode (?:de (?:la )?proc[ée]dure p[ée]nale|p[ée]nal|civil|de commerce|mon[ée]taire et financier|des postes et des communications [ée]lectroniques|de la d[ée]fense|de la s[ée]curit[ée] int[ée]rieure)"#)
    static let numberedLaw = regex(
        #"(?:Ley|LEY|ley|Lei|Law|Loi|loi|Decreto Legislativo|Decreto Ley|Decreto|Act)(?:\s+(?:N[°º.]?|n[°º.]|No\.?|nº))?\s*\d[\d.]*\d(?:-\d+)?(?:/\d+)?(?:\s+de\s+(\d{4}))?(?:,\s+(?!Ley\b|Lei\b|Law\b|Loi\b)\p{Lu}\p{L}*(?:\s+(?:de|del|la|las|los|y|e|\p{Lu}\p{L}*))*)?"#)

    /// Openings of the enacting and closing formulas that follow the last article.
    static let closingFormula = regex(
        #"^(?:comun[íi]quese|publ[íi]quese|reg[íi]strese|por tanto|dado en|dada en|y por cuanto|habi[ée]ndose cumplido|given under|done at|in witness whereof|en fe de lo cual|fait [àa]|la pr[ée]sente loi sera ex[ée]cut[ée]e|aprobad[oa] el proyecto|(?:el|la) (?:presidente|presidenta|secretario|secretaria)(?: general)? del? (?:la )?(?:honorable|h\.) (?:senado|c[áa]mara|congreso|asamblea))\b"#,
        caseInsensitive: true)

    // MARK: regular expression helpers

    /// Substring search on UTF-8 bytes, without bridging to Foundation.
    static func hasSubstring(_ text: String, _ needle: String) -> Bool {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
        outer: for start in 0...(haystack.count - pattern.count) {
            for offset in 0..<pattern.count where haystack[start + offset] != pattern[offset] { continue outer }
            return true
        }
        return false
    }

    static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        // The patterns are constants of this file: a failure is a programming error caught by any test.
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Capture groups of the first match (index 0 is the whole match); nil when no match.
    static func captures(_ expression: NSRegularExpression, _ text: String) -> [String?]? {
        guard let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else {
            return nil
        }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    static func firstMatch(_ expression: NSRegularExpression, in text: String) -> (String, [String?])? {
        guard let groups = captures(expression, text), let whole = groups[0] else { return nil }
        return (whole, groups)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (the hot path of line reading, without Foundation).
    var trimmedSpaces: String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = lastIndex(where: { $0 != " " && $0 != "\t" })!
        if first == startIndex && last == index(before: endIndex) { return self }
        return String(self[first...last])
    }
}
