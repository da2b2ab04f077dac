/// Plain-text listing of an instrument's articles for `lexalign instrument show`: what an expert reads to review
/// the elements and the concepts that show them without opening the YAML.
public enum InstrumentListing {
    /// The header line and every article (or just `articles`), in instrument order.
    public static func render(_ instrument: Instrument, articles: [Article]? = nil) -> String {
        var lines = ["\(instrument.title) [\(instrument.id)]"]
        if let uri = instrument.uri { lines.append(uri) }
        for article in articles ?? instrument.articles {
            lines.append("")
            lines += render(article, in: instrument)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func render(_ article: Article, in instrument: Instrument) -> [String] {
        var lines = ["Art. \(article.number) \u{2014} \(article.title) [\(article.section.rawValue)]"]
        if !article.declarationsAllowed.isEmpty {
            lines.append("  declarations allowed under: " + citations(article.declarationsAllowed, of: article))
        }
        if !article.reservationsAllowed.isEmpty {
            lines.append("  reservations allowed under: " + citations(article.reservationsAllowed, of: article))
        }
        if instrument.requiresSignals(article) {
            lines.append("  concepts required in: " + instrument.languages.joined(separator: ", "))
        }
        for element in article.elements {
            var facts = [element.kind.rawValue, element.qualifier.rawValue]
            if let paragraph = element.paragraph { facts.append("para. \(paragraph)") }
            if element.implicitOK { facts.append("may be implicit") }
            lines.append("  - \(element.id) (\(facts.joined(separator: ", ")))")
            lines.append("      \(element.description)")
            if let coveredBy = element.coveredBy { lines.append("      covered by: \(coveredBy)") }
            lines.append("      concepts: " + (element.concepts.isEmpty ? "(none)" : element.concepts.joined(separator: " | ")))
            if !element.excluding.isEmpty { lines.append("      excluding: " + element.excluding.joined(separator: ", ")) }
        }
        return lines
    }

    static func citations(_ paragraphs: [String], of article: Article) -> String {
        paragraphs.map { $0 == "*" ? "Art. \(article.number)" : citation(article.number, $0) }.joined(separator: ", ")
    }

    /// `("6", "1(b)")` -> `Art. 6(1)(b)`.
    static func citation(_ article: String, _ paragraph: String) -> String {
        guard let open = paragraph.firstIndex(of: "(") else { return "Art. \(article)(\(paragraph))" }
        return "Art. \(article)(\(paragraph[..<open]))\(paragraph[open...])"
    }
}
