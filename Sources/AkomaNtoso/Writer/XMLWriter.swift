/// Serialises an element tree to XML text, deterministically: the same tree gives the same bytes.
///
/// With `indent`, elements whose content is only elements (not text mixed with markup, see
/// `AKNVocabulary.hasMixedContent`) are laid out one child per line; text is never touched.
public struct XMLWriter: Sendable {
    public var indent: String?

    public init(indent: String? = nil) {
        self.indent = indent
    }

    /// The document as UTF-8 XML with an XML declaration and a final newline.
    public func string(for document: Document) -> String {
        string(forRoot: document.root)
    }

    public func string(forRoot root: Element) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        write(root, depth: 0, into: &output)
        output += "\n"
        return output
    }

    private func write(_ element: Element, depth: Int, into output: inout String) {
        output += "<"
        output += element.qualifiedName
        for declaration in element.namespaceDeclarations {
            output += declaration.prefix.map { " xmlns:\($0)=\"" } ?? " xmlns=\""
            output += Self.escapeAttribute(declaration.uri)
            output += "\""
        }
        for attribute in element.attributes {
            output += " "
            output += attribute.qualifiedName
            output += "=\""
            output += Self.escapeAttribute(attribute.value)
            output += "\""
        }
        if element.children.isEmpty {
            output += "/>"
            return
        }
        output += ">"
        let layOut = indent != nil && Self.isElementOnly(element)
        for child in element.children {
            if layOut, let indent {
                if case .text = child { continue }  // whitespace only, replaced by our own layout
                output += "\n"
                output += String(repeating: indent, count: depth + 1)
            }
            switch child {
            case .element(let childElement):
                write(childElement, depth: depth + 1, into: &output)
            case .text(let text):
                output += Self.escapeText(text)
            case .comment(let comment):
                output += "<!--\(comment)-->"
            case .processingInstruction(let target, let data):
                output += data.isEmpty ? "<?\(target)?>" : "<?\(target) \(data)?>"
            }
        }
        if layOut, let indent {
            output += "\n"
            output += String(repeating: indent, count: depth)
        }
        output += "</"
        output += element.qualifiedName
        output += ">"
    }

    /// True when the element holds no text but whitespace and is not a mixed-content element.
    static func isElementOnly(_ element: Element) -> Bool {
        if AKNVocabulary.keepsWhitespace(name: element.name, namespace: element.namespace) { return false }
        for child in element.children {
            if case .text(let text) = child, !text.allSatisfy(\.isXMLWhitespace) { return false }
        }
        return true
    }

    public static func escapeText(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\r" }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    public static func escapeAttribute(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count + 8)
        for character in value.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

extension Character {
    /// XML's white space: space, tab, carriage return, line feed.
    var isXMLWhitespace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\r\n" }
}
