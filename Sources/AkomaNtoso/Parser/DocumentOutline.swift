import CLibXML2
import Foundation

/// What `lexalign inspect` shows: the identity of a document and the outline of its provisions, read in one
/// streaming pass without building the tree, so that a 100 MB act needs little more memory than libxml2's
/// reader itself.
public struct DocumentOutline: Sendable, Hashable, Codable {
    public var documentType: String?
    /// The document element's `name` attribute (`UnitedKingdomPublicGeneralAct`, `ley`).
    public var name: String?
    public var namespace: String?
    public var work: Identification?
    public var expression: Identification?
    public var manifestation: Identification?
    /// The expression's language (`FRBRlanguage`).
    public var language: String?
    /// Grouping units and provisions (article, section, rule) in document order, including the units an amending
    /// law quotes for insertion into another law (marked `inserted`); units below a provision are left out.
    public var entries: [Entry] = []
    /// Warnings met on the way (draft or older namespace).
    public var warnings: [String] = []

    public struct Identification: Sendable, Hashable, Codable {
        public var this: String?
        public var uri: String?
        public var date: String?
    }

    public struct Entry: Sendable, Hashable, Codable {
        public var level: String
        /// 0 for the outermost units.
        public var depth: Int
        /// eId, or the older `id` when there is no eId.
        public var eId: String?
        public var num: String?
        public var heading: String?
        public var line: Int
        /// True for a unit inside a `quotedStructure`: an article this document inserts into another law.
        public var inserted: Bool = false
    }

    /// Provision-level entries (articles, sections, rules).
    public var provisionCount: Int {
        entries.filter { HierarchyLevel(rawValue: $0.level)?.isProvisionLevel == true }.count
    }
}

extension AKNParser {
    /// Reads the outline of a file in one streaming pass (see `DocumentOutline`), with the parser's safety rules.
    public func outline(contentsOf url: URL) throws(AKNParseError) -> DocumentOutline {
        let path = url.path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw AKNParseError(
                kind: .unreadable,
                diagnostics: [Diagnostic(.error, "cannot read file: \(String(cString: strerror(errno)))", file: path)])
        }
        defer { close(descriptor) }
        // The DOCTYPE check looks at the prolog only: the first 64 KiB are plenty.
        var prefix = [UInt8](repeating: 0, count: 65_536)
        let count = pread(descriptor, &prefix, prefix.count, 0)
        guard count >= 0 else {
            throw AKNParseError(
                kind: .unreadable,
                diagnostics: [Diagnostic(.error, "cannot read file: \(String(cString: strerror(errno)))", file: path)])
        }
        if count == 0 {
            throw AKNParseError(kind: .malformed, diagnostics: [Diagnostic(.error, "file is empty", file: path)])
        }
        let verdict = prefix.withUnsafeBytes { PrologScanner.scan(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        if case .doctype(let line, let column) = verdict {
            throw TreeReader.doctypeRefusal(file: path, line: line, column: column)
        }
        LibXML.ensureInitialized()
        let input = BufferedFileInput(descriptor: descriptor)
        let inputPointer = Unmanaged.passRetained(input)
        defer { inputPointer.release() }
        guard
            let reader = xmlReaderForIO(
                BufferedFileInput.read, nil, inputPointer.toOpaque(), path, nil, LibXML.safeParseOptions)
        else {
            throw AKNParseError(kind: .malformed, diagnostics: [Diagnostic(.error, "libxml2 could not start a reader", file: path)])
        }
        defer { xmlFreeTextReader(reader) }
        return try OutlineReader(reader: reader, file: path).read()
    }
}

/// Feeds libxml2 from a file in 1 MiB reads. libxml2 asks for about 4 KB at a time; giving it that straight from
/// `read(2)` costs a system call each, a noticeable part of the time on a 100 MB act.
final class BufferedFileInput {
    private let descriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0
    private var end = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Copies up to `count` bytes into `destination`; 0 at the end of the file, -1 on a read error.
    func read(into destination: UnsafeMutablePointer<CChar>, count: Int) -> Int32 {
        if start == end {
            let got = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            guard got > 0 else { return got == 0 ? 0 : -1 }
            start = 0
            end = got
        }
        let length = min(count, end - start)
        buffer.withUnsafeBytes { bytes in
            UnsafeMutableRawPointer(destination).copyMemory(from: bytes.baseAddress! + start, byteCount: length)
        }
        start += length
        return Int32(length)
    }

    static let read: xmlInputReadCallback = { context, destination, count in
        guard let context, let destination, count > 0 else { return -1 }
        return Unmanaged<BufferedFileInput>.fromOpaque(context).takeUnretainedValue()
            .read(into: destination, count: Int(count))
    }
}

/// The streaming pass behind `AKNParser.outline(contentsOf:)`.
struct OutlineReader {
    let reader: xmlTextReaderPtr
    let file: String

    /// What an element means to the outline, decided once per distinct name.
    private enum Kind {
        case hierarchy(HierarchyLevel)
        case num, heading
        case meta, frbrLevel(Int)  // 0 work, 1 expression, 2 manifestation
        case frbrThis, frbrURI, frbrDate, frbrLanguage
        case quoted  // quotedStructure: units this document inserts into another law
        case embedded  // embeddedStructure: units cited from another text
        case editorial  // notes: not part of a heading's text
        case other
    }

    private enum Open {
        case element(Kind)
        case capturing(entry: Int, isNum: Bool)
    }

    func read() throws(AKNParseError) -> DocumentOutline {
        let sink = LibXMLErrorSink(file: file)
        let sinkPointer = Unmanaged.passRetained(sink)
        defer { sinkPointer.release() }
        xmlTextReaderSetStructuredErrorHandler(reader, LibXMLErrorSink.structuredHandler, sinkPointer.toOpaque())

        var outline = DocumentOutline()
        var kinds = PointerTable<Kind>()
        var stack: [Open] = []
        var provisionDepth = 0  // open provision-level elements
        var hierarchyDepth = 0
        var quotedDepth = 0
        var provisionDepthsOutsideQuotes: [Int] = []  // provisionDepth when each open quotedStructure started
        var editorialDepth = 0
        var metaSeen = false
        var inFirstMeta = false
        var frbrLevel: Int?
        var captures: [[UInt8]] = []  // UTF-8 text of open num/heading, per capture
        var sawRoot = false

        func kind(of pointer: UnsafePointer<xmlChar>) -> Kind {
            if let known = kinds.value(for: pointer) { return known }
            let name = String(cString: pointer)
            let kind: Kind =
                if let level = HierarchyLevel(rawValue: name) { .hierarchy(level) } else {
                    switch name {
                    case "num": .num
                    case "heading": .heading
                    case "meta": .meta
                    case "FRBRWork": .frbrLevel(0)
                    case "FRBRExpression": .frbrLevel(1)
                    case "FRBRManifestation": .frbrLevel(2)
                    case "FRBRthis": .frbrThis
                    case "FRBRuri": .frbrURI
                    case "FRBRdate": .frbrDate
                    case "FRBRlanguage": .frbrLanguage
                    case "quotedStructure": .quoted
                    case "embeddedStructure": .embedded
                    case "authorialNote", "remark", "note", "noteRef": .editorial
                    default: .other
                    }
                }
            kinds.insert(kind, for: pointer)
            return kind
        }

        func attribute(_ name: String) -> String? {
            guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
            defer { lexalign_xmlFree(value) }
            return String(cString: value)
        }

        func setIdentification(_ level: Int, _ update: (inout DocumentOutline.Identification) -> Void) {
            func apply(_ identification: inout DocumentOutline.Identification?) {
                var value = identification ?? .init()
                update(&value)
                identification = value
            }
            switch level {
            case 0: apply(&outline.work)
            case 1: apply(&outline.expression)
            default: apply(&outline.manifestation)
            }
        }

        reading: while xmlTextReaderRead(reader) == 1 {
            switch LibXML.nodeType(reader) {
            case Int(XML_READER_TYPE_ELEMENT.rawValue):
                guard let namePointer = xmlTextReaderConstLocalName(reader) else { continue }
                if !sawRoot {
                    sawRoot = true
                    let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
                    if let (severity, message) = RootCheck.check(localName: String(cString: namePointer), namespace: namespace) {
                        let line = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) }
                        let diagnostic = Diagnostic(severity, message, file: file, line: line, column: nil)
                        if severity == .error { throw AKNParseError(kind: .refused, diagnostics: [diagnostic]) }
                        outline.warnings.append(message)
                    }
                    outline.namespace = namespace
                } else if outline.documentType == nil, xmlTextReaderDepth(reader) == 1 {
                    let name = String(cString: namePointer)
                    if DocumentType(rawValue: name) != nil {
                        outline.documentType = name
                        outline.name = attribute("name")
                    }
                }
                let kind = kind(of: namePointer)
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                var open = Open.element(kind)
                switch kind {
                case .meta:
                    // The document's own meta: directly under the document element, before any nested one.
                    if !metaSeen && !isEmpty && xmlTextReaderDepth(reader) == 2 {
                        inFirstMeta = true
                        metaSeen = true
                    }
                case .frbrLevel(let level) where inFirstMeta:
                    frbrLevel = level
                case .frbrThis where frbrLevel != nil:
                    let value = attribute("value")
                    setIdentification(frbrLevel!) { if $0.this == nil { $0.this = value } }
                case .frbrURI where frbrLevel != nil:
                    let value = attribute("value")
                    setIdentification(frbrLevel!) { if $0.uri == nil { $0.uri = value } }
                case .frbrDate where frbrLevel != nil:
                    let value = attribute("date")
                    setIdentification(frbrLevel!) { if $0.date == nil { $0.date = value } }
                case .frbrLanguage where frbrLevel == 1:
                    if outline.language == nil { outline.language = attribute("language") }
                case .hierarchy(let level):
                    if provisionDepth == 0 && !inFirstMeta {
                        let identifier = attribute("eId") ?? attribute("id")
                        let line = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? 0
                        outline.entries.append(
                            DocumentOutline.Entry(
                                level: level.rawValue, depth: hierarchyDepth, eId: identifier, line: line,
                                inserted: quotedDepth > 0))
                    }
                    if !isEmpty {
                        hierarchyDepth += 1
                        if level.isProvisionLevel { provisionDepth += 1 }
                    }
                case .num, .heading:
                    // Only the num and heading directly under the unit that was just listed.
                    if case .element(.hierarchy)? = stack.last, provisionDepth <= 1,
                        let entry = outline.entries.indices.last, outline.entries[entry].depth == hierarchyDepth - 1
                    {
                        let isNum: Bool = if case .num = kind { true } else { false }
                        let alreadySet = isNum ? outline.entries[entry].num != nil : outline.entries[entry].heading != nil
                        if !alreadySet && isEmpty {
                            if isNum { outline.entries[entry].num = "" } else { outline.entries[entry].heading = "" }
                        } else if !alreadySet {
                            captures.append([])
                            open = .capturing(entry: entry, isNum: isNum)
                        }
                    }
                case .quoted, .embedded:
                    // Units quoted for insertion into another law are listed, nested under the amending
                    // provision; cited (embedded) texts and anything quoted inside notes are not.
                    if !isEmpty {
                        quotedDepth += 1
                        provisionDepthsOutsideQuotes.append(provisionDepth)
                        let inserts =
                            if case .quoted = kind {
                                editorialDepth == 0 && provisionDepth > 0 && provisionDepth < Self.notListed
                            } else { false }
                        provisionDepth = inserts ? 0 : Self.notListed
                    }
                case .editorial:
                    if !isEmpty { editorialDepth += 1 }
                default:
                    // A block or line break inside a heading separates words, as in `PlainText.inline`.
                    if !captures.isEmpty, !PlainText.inline.contains(String(cString: namePointer)) {
                        captures[captures.count - 1].append(0x20)
                    }
                }
                if !isEmpty { stack.append(open) }
            case Int(XML_READER_TYPE_END_ELEMENT.rawValue):
                guard let open = stack.popLast() else { continue }
                switch open {
                case .capturing(let entry, let isNum):
                    let text = Self.folded(captures.removeLast())
                    if isNum { outline.entries[entry].num = text } else { outline.entries[entry].heading = text }
                case .element(let kind):
                    switch kind {
                    case .meta:
                        inFirstMeta = false
                        frbrLevel = nil
                    case .frbrLevel: frbrLevel = nil
                    case .hierarchy(let level):
                        hierarchyDepth -= 1
                        if level.isProvisionLevel { provisionDepth -= 1 }
                    case .quoted, .embedded:
                        quotedDepth -= 1
                        provisionDepth = provisionDepthsOutsideQuotes.popLast() ?? 0
                    case .editorial: editorialDepth -= 1
                    default: break
                    }
                }
            case Int(XML_READER_TYPE_TEXT.rawValue), Int(XML_READER_TYPE_CDATA.rawValue),
                Int(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int(XML_READER_TYPE_WHITESPACE.rawValue):
                guard !captures.isEmpty, editorialDepth == 0, let value = xmlTextReaderConstValue(reader) else { continue }
                captures[captures.count - 1] += UnsafeBufferPointer(
                    start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)))
            case Int(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw TreeReader.doctypeRefusal(file: file, line: Int(xmlTextReaderGetParserLineNumber(reader)), column: 1)
            case Int(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                throw AKNParseError(kind: .refused, diagnostics: [Diagnostic(.error, "entity references are not supported", file: file)])
            default:
                continue
            }
        }
        if sink.hasErrors || !sawRoot {
            var errors = sink.finished
            if !sink.hasErrors { errors.append(Diagnostic(.error, "no root element", file: file)) }
            throw AKNParseError(kind: .malformed, diagnostics: errors)
        }
        outline.warnings += sink.finished.map(\.message)
        return outline
    }

    /// A provision depth that keeps every unit below it out of the outline.
    static let notListed = 1 << 40

    /// White space folded to single spaces, trimmed: a heading on one line. XML white space only (space, tab,
    /// CR, LF), as bytes: headings of a 100 MB act are folded in the time it takes to read them.
    static func folded(_ text: String) -> String {
        folded(Array(text.utf8))
    }

    static func folded(_ utf8: [UInt8]) -> String {
        // Other white space (no-break space ...) counts too, as in `PlainText`: the slower way.
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: utf8, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A small open-addressing map from libxml2's interned name pointers to values: a name lookup per element without
/// hashing strings (or pointers, through `Hasher`).
struct PointerTable<Value> {
    private var keys = [UnsafePointer<xmlChar>?](repeating: nil, count: 256)
    private var values: [Value?] = Array(repeating: nil, count: 256)
    private var count = 0

    private func slot(_ pointer: UnsafePointer<xmlChar>) -> Int {
        let bits = UInt(bitPattern: pointer)
        return Int(truncatingIfNeeded: ((bits >> 3) &* 0x9E37_79B9_7F4A_7C15) >> 40) & (keys.count - 1)
    }

    func value(for pointer: UnsafePointer<xmlChar>) -> Value? {
        var index = slot(pointer)
        while let key = keys[index] {
            if key == pointer { return values[index] }
            index = (index + 1) & (keys.count - 1)
        }
        return nil
    }

    mutating func insert(_ value: Value, for pointer: UnsafePointer<xmlChar>) {
        if (count + 1) * 2 > keys.count { grow() }
        var index = slot(pointer)
        while let key = keys[index], key != pointer { index = (index + 1) & (keys.count - 1) }
        if keys[index] == nil { count += 1 }
        keys[index] = pointer
        values[index] = value
    }

    private mutating func grow() {
        let entries = zip(keys, values).compactMap { key, value in key.map { ($0, value!) } }
        keys = Array(repeating: nil, count: keys.count * 2)
        values = Array(repeating: nil, count: keys.count)
        count = 0
        for (key, value) in entries { insert(value, for: key) }
    }
}
