import CLibXML2
import Foundation

/// Reads Akoma Ntoso XML into a `Document`, safely: network off, any DOCTYPE refused (so no entity expansion
/// and no external entity is ever read), libxml2's depth and size limits kept. Every problem comes back as a
/// `Diagnostic` with file, line and column; hostile input fails cleanly, it never crashes.
///
/// Namespaces: Akoma Ntoso 3.0 is read. The 3.0 working draft 17 and Akoma Ntoso 2.0 namespaces are read too,
/// with a warning naming the namespace found, because their structure is close enough for lexalign's views
/// (2.0 documents identify elements with `id` instead of `eId`; both are kept as written). An `<akomaNtoso>` root
/// without a namespace is read by element names, with a warning; one in another namespace, or a root not named
/// `akomaNtoso`, is refused.
public struct AKNParser: Sendable {
    public init() {}

    /// Parses a file. An unreadable file is an `AKNParseError` like a malformed one.
    public func parse(contentsOf url: URL) throws(AKNParseError) -> ParsedDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AKNParseError(
                kind: .unreadable,
                diagnostics: [Diagnostic(.error, "cannot read file: \(Self.reason(error))", file: url.path)])
        }
        return try parse(data, file: url.path)
    }

    /// Parses XML held in memory. `file` is only used to attribute diagnostics.
    public func parse(_ data: Data, file: String? = nil) throws(AKNParseError) -> ParsedDocument {
        let result = data.withUnsafeBytes { bytes in TreeReader(bytes: bytes, file: file).read() }
        return try result.get()
    }

    /// A short reason for a failed read: "no such file", "permission denied", "is a directory" ...
    static func reason(_ error: any Error) -> String {
        if let error = error as? CocoaError {
            switch error.code {
            case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file"
            case .fileReadNoPermission: return "permission denied"
            default: break
            }
            if let posix = (error.userInfo[NSUnderlyingErrorKey] as? POSIXError)?.code {
                return String(cString: strerror(posix.rawValue))
            }
        }
        return error.localizedDescription
    }
}

/// A parsed document and what the parser noticed but did not refuse (warnings).
public struct ParsedDocument: Sendable {
    public let document: Document
    /// Warnings: a draft or older namespace, libxml2 warnings.
    public let diagnostics: [Diagnostic]
    public let file: String?
}

/// Why a document could not be read. `diagnostics` holds at least one error with its position.
public struct AKNParseError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The file could not be read at all.
        case unreadable
        /// Not well-formed XML (truncated, binary, bad encoding, too deep).
        case malformed
        /// Well-formed, but lexalign will not read it: a DOCTYPE, no or an unknown namespace, not `akomaNtoso`.
        case refused
    }

    public let kind: Kind
    public let diagnostics: [Diagnostic]

    public init(kind: Kind, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// How the root element's namespace is treated.
enum RootCheck {
    /// nil when the root is acceptable; a warning when read with reservations; an error message when refused.
    static func check(localName: String, namespace: String?) -> (Diagnostic.Severity, String)? {
        guard localName == "akomaNtoso" else {
            return (
                .error,
                "root element is <\(localName)> in \(AKNNamespace.describe(namespace)); expected <akomaNtoso> in \(AKNNamespace.describe(AKNNamespace.v3))"
            )
        }
        switch namespace {
        case AKNNamespace.v3?:
            return nil
        case nil:
            return (
                .warning,
                "<akomaNtoso> has no namespace; read by element names as Akoma Ntoso 3.0, but it will not validate against the 3.0 schema"
            )
        case AKNNamespace.v3WD17?, AKNNamespace.v2?:
            return (
                .warning,
                "document uses \(AKNNamespace.describe(namespace)); read as Akoma Ntoso 3.0, but it will not validate against the 3.0 schema"
            )
        default:
            return (
                .error,
                "<akomaNtoso> is in \(AKNNamespace.describe(namespace)); lexalign reads \(AKNNamespace.describe(AKNNamespace.v3)) (and, with a warning, the WD17 draft and 2.0 namespaces)"
            )
        }
    }
}

/// One pass of libxml2's xmlTextReader over a buffer, building the element tree.
struct TreeReader {
    let bytes: UnsafeRawBufferPointer
    let file: String?

    /// An element being read. Its children are the tail of `Children`, from `childrenStart` on.
    private struct Frame {
        var name: String
        var prefix: String?
        var namespace: String?
        var attributes: [Attribute]
        var declarations: [NamespaceDeclaration]
        var location: SourceLocation?
        /// White space only text here is indentation, dropped when it is all the text the element holds
        /// (`AKNVocabulary.keepsWhitespace`).
        var dropsIndentation: Bool
        var childrenStart = 0
        /// Text other than XML white space was met.
        var hasText = false
    }

    /// The children of every open element in one buffer, each element's after its parent's: an element's list is
    /// made once, at its right size, when it closes.
    private struct Children {
        private var nodes: [Node] = []

        init() { nodes.reserveCapacity(256) }

        var count: Int { nodes.count }

        mutating func append(_ node: Node) { nodes.append(node) }

        /// Text, joined to text just before it in the same element.
        mutating func appendText(_ text: String, to frame: inout Frame, isWhitespace: Bool) {
            if !isWhitespace { frame.hasText = true }
            if nodes.count > frame.childrenStart, case .text(let previous) = nodes.last {
                nodes[nodes.count - 1] = .text(previous + text)
            } else {
                nodes.append(.text(text))
            }
        }

        /// The element, its children taken off the buffer.
        mutating func finish(_ frame: Frame) -> Element {
            let start = frame.childrenStart
            let dropsText = frame.dropsIndentation && !frame.hasText
            var children: [Node] = []
            if nodes.count > start {
                children.reserveCapacity(nodes.count - start)
                for index in start..<nodes.count {
                    if dropsText, case .text = nodes[index] { continue }
                    children.append(nodes[index])
                }
                nodes.removeLast(nodes.count - start)
            }
            return Element(
                name: frame.name, prefix: frame.prefix, namespace: frame.namespace, attributes: frame.attributes,
                namespaceDeclarations: frame.declarations, children: children, location: frame.location)
        }
    }

    func read() -> Result<ParsedDocument, AKNParseError> {
        LibXML.ensureInitialized()
        if case .doctype(let line, let column) = PrologScanner.scan(bytes) {
            return .failure(Self.doctypeRefusal(file: file, line: line, column: column))
        }
        guard !bytes.isEmpty, let base = bytes.baseAddress else {
            return .failure(AKNParseError(kind: .malformed, diagnostics: [Diagnostic(.error, "file is empty", file: file)]))
        }
        guard bytes.count < Int(Int32.max) else {
            return .failure(
                AKNParseError(kind: .malformed, diagnostics: [Diagnostic(.error, "file is larger than 2 GiB", file: file)]))
        }
        // xmlReaderForMemory does not copy: `bytes` stays valid for the whole function, and the reader is freed
        // before it returns.
        guard
            let reader = xmlReaderForMemory(
                base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), file ?? "input", nil,
                LibXML.safeParseOptions)
        else {
            return .failure(
                AKNParseError(kind: .malformed, diagnostics: [Diagnostic(.error, "libxml2 could not start a reader", file: file)]))
        }
        defer { xmlFreeTextReader(reader) }
        let sink = LibXMLErrorSink(file: file)
        let sinkPointer = Unmanaged.passRetained(sink)
        defer { sinkPointer.release() }
        xmlTextReaderSetStructuredErrorHandler(reader, LibXMLErrorSink.structuredHandler, sinkPointer.toOpaque())

        var names = InternedNames()
        var locator = StartTagLocator(bytes)
        var stack: [Frame] = []
        var children = Children()
        var root: Element?
        var refusal: AKNParseError?

        func close(_ element: Element) {
            if stack.isEmpty {
                root = element
            } else {
                children.append(.element(element))
            }
        }

        reading: while true {
            let status = xmlTextReaderRead(reader)
            if status != 1 { break }
            switch LibXML.nodeType(reader) {
            case Int(XML_READER_TYPE_ELEMENT.rawValue):
                var frame = openFrame(reader, names: &names, locator: &locator)
                if stack.isEmpty, root == nil, let (severity, message) = RootCheck.check(localName: frame.name, namespace: frame.namespace) {
                    let diagnostic = Diagnostic(severity, message, file: file, location: frame.location)
                    if severity == .error {
                        refusal = AKNParseError(kind: .refused, diagnostics: [diagnostic])
                        break reading
                    }
                    sink.append(diagnostic)
                }
                frame.childrenStart = children.count
                if xmlTextReaderIsEmptyElement(reader) == 1 {
                    close(children.finish(frame))
                } else {
                    stack.append(frame)
                }
            case Int(XML_READER_TYPE_END_ELEMENT.rawValue):
                guard let frame = stack.popLast() else { break }
                close(children.finish(frame))
            case Int(XML_READER_TYPE_TEXT.rawValue), Int(XML_READER_TYPE_CDATA.rawValue),
                Int(XML_READER_TYPE_WHITESPACE.rawValue), Int(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                guard !stack.isEmpty, let value = xmlTextReaderConstValue(reader) else { break }
                let text = TextValue(value)
                children.appendText(text.string, to: &stack[stack.count - 1], isWhitespace: text.isWhitespace)
            case Int(XML_READER_TYPE_COMMENT.rawValue):
                guard !stack.isEmpty else { break }
                let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                children.append(.comment(value))
            case Int(XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue):
                guard !stack.isEmpty else { break }
                let target = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
                let data = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                children.append(.processingInstruction(target: target, data: data))
            case Int(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                // The prolog scan catches this first; kept as a second line of defence.
                let line = Int(xmlTextReaderGetParserLineNumber(reader))
                refusal = Self.doctypeRefusal(file: file, line: line, column: 1)
                break reading
            case Int(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int(XML_READER_TYPE_ENTITY.rawValue):
                let line = Int(xmlTextReaderGetParserLineNumber(reader))
                refusal = AKNParseError(
                    kind: .refused,
                    diagnostics: [Diagnostic(.error, "entity references are not supported", file: file, line: line, column: 1)])
                break reading
            default:
                break
            }
        }
        if let refusal { return .failure(refusal) }
        let diagnostics = sink.finished
        if sink.hasErrors || root == nil || !stack.isEmpty {
            var errors = diagnostics
            if !errors.contains(where: { $0.severity == .error }) {
                errors.append(Diagnostic(.error, root == nil ? "no root element" : "document ends before its root element is closed", file: file))
            }
            return .failure(AKNParseError(kind: .malformed, diagnostics: errors))
        }
        return .success(ParsedDocument(document: Document(root: root!), diagnostics: diagnostics, file: file))
    }

    private func openFrame(_ reader: xmlTextReaderPtr, names: inout InternedNames, locator: inout StartTagLocator) -> Frame {
        let (name, hasMixedContent) = names.elementName(xmlTextReaderConstLocalName(reader))
        let prefix = names[xmlTextReaderConstPrefix(reader)]
        let namespace = names[xmlTextReaderConstNamespaceUri(reader)]
        var location: SourceLocation?
        if let qualified = xmlTextReaderConstName(reader) {
            location = locator.next(qualified, length: strlen(UnsafeRawPointer(qualified).assumingMemoryBound(to: CChar.self)))
        }
        if location == nil, let node = xmlTextReaderCurrentNode(reader) {
            location = SourceLocation(line: Int(xmlGetLineNo(node)), column: 1)
        }
        var attributes: [Attribute] = []
        var declarations: [NamespaceDeclaration] = []
        if xmlTextReaderHasAttributes(reader) == 1 {
            while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                if xmlTextReaderIsNamespaceDecl(reader) == 1 {
                    // `xmlns` has local name `xmlns` and no prefix; `xmlns:p` has prefix `xmlns`, local name `p`.
                    let hasPrefix = xmlTextReaderConstPrefix(reader) != nil
                    declarations.append(
                        NamespaceDeclaration(prefix: hasPrefix ? names[xmlTextReaderConstLocalName(reader)] : nil, uri: value))
                } else {
                    attributes.append(
                        Attribute(
                            name: names[xmlTextReaderConstLocalName(reader)] ?? "", value: value,
                            prefix: names[xmlTextReaderConstPrefix(reader)],
                            namespace: names[xmlTextReaderConstNamespaceUri(reader)]))
                }
            }
            xmlTextReaderMoveToElement(reader)
        }
        return Frame(
            name: name, prefix: prefix, namespace: namespace, attributes: attributes, declarations: declarations,
            location: location, dropsIndentation: !AKNVocabulary.keepsWhitespace(hasMixedContent: hasMixedContent, namespace: namespace))
    }

    static func doctypeRefusal(file: String?, line: Int, column: Int) -> AKNParseError {
        AKNParseError(
            kind: .refused,
            diagnostics: [
                Diagnostic(
                    .error,
                    "document has a DOCTYPE declaration; lexalign refuses DTDs and entity declarations (Akoma Ntoso needs none)",
                    file: file, line: line, column: column)
            ])
    }
}

/// Names from the reader's dictionary are interned by libxml2: the same pointer for the same string. Caching the
/// Swift string per pointer avoids decoding `section` a million times. Only valid for one reader's lifetime.
struct InternedNames {
    private var cache: [UnsafePointer<xmlChar>: String] = [:]
    private var elements: [UnsafePointer<xmlChar>: (name: String, hasMixedContent: Bool)] = [:]

    subscript(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        mutating get {
            guard let pointer else { return nil }
            if let cached = cache[pointer] { return cached }
            let string = String(cString: pointer)
            cache[pointer] = string
            return string
        }
    }

    /// An element's local name, and whether AKN gives an element of that name mixed content.
    mutating func elementName(_ pointer: UnsafePointer<xmlChar>?) -> (name: String, hasMixedContent: Bool) {
        guard let pointer else { return ("", AKNVocabulary.hasMixedContent("")) }
        if let cached = elements[pointer] { return cached }
        let name = self[pointer] ?? ""
        let entry = (name, AKNVocabulary.hasMixedContent(name))
        elements[pointer] = entry
        return entry
    }
}

/// A text node's value: its string, and whether it is XML white space only (space, tab, CR, LF), checked on the
/// bytes. Indentation, a line feed and up to 63 spaces, is most of the text nodes of a pretty-printed file: those
/// strings are shared, not made again for every node.
struct TextValue {
    let string: String
    let isWhitespace: Bool

    init(_ value: UnsafePointer<xmlChar>) {
        let length = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
        let bytes = UnsafeBufferPointer(start: value, count: length)
        var isWhitespace = true
        var isIndentation = length > 0 && bytes[0] == 0x0A
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x20: continue
            case 0x0A: if index > 0 { isIndentation = false }
            case 0x09, 0x0D: isIndentation = false
            default:
                isWhitespace = false
                isIndentation = false
            }
            if !isWhitespace { break }
        }
        self.isWhitespace = isWhitespace
        if isIndentation && length <= Self.indentation.count {
            string = Self.indentation[length - 1]
        } else {
            string = String(decoding: bytes, as: UTF8.self)
        }
    }

    /// A line feed followed by 0 to 63 spaces.
    private static let indentation: [String] = (0..<64).map { "\n" + String(repeating: " ", count: $0) }
}
