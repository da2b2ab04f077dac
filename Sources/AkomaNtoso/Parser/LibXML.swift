import CLibXML2

/// Process-wide libxml2 set-up and the error plumbing shared by the parser, the outline reader and the validator.
enum LibXML {
    private static let initialized: Bool = {
        xmlInitParser()
        // Whatever libxml2 loads by itself (a schema's imports) is never fetched from the network; parser
        // options alone do not cover schema compilation.
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
        return true
    }()

    /// Initialises libxml2 once per process (never cleaned up: other threads may still use it) and turns off
    /// network access for the whole process.
    static func ensureInitialized() {
        _ = initialized
    }

    /// Options every lexalign parse uses: no network, no entity substitution, no DTD loading, no huge-input mode,
    /// big line numbers kept (acts run past line 65,535), CDATA as text, short text stored inline (fewer
    /// allocations, as xmllint does by default).
    /// The reader's node type, without `xmlTextReaderNodeType`'s cost for text: it asks every white space text
    /// node whether an ancestor says `xml:space="preserve"`, a walk up the tree that lexalign never needs (it reads
    /// text, white space or not, the same way).
    static func nodeType(_ reader: xmlTextReaderPtr) -> Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            switch node.pointee.type {
            case XML_TEXT_NODE: return Int(XML_READER_TYPE_TEXT.rawValue)
            case XML_CDATA_SECTION_NODE: return Int(XML_READER_TYPE_CDATA.rawValue)
            case XML_COMMENT_NODE: return Int(XML_READER_TYPE_COMMENT.rawValue)
            default: break
            }
        }
        return Int(xmlTextReaderNodeType(reader))
    }

    static let safeParseOptions: Int32 = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
        | Int32(XML_PARSE_NOCDATA.rawValue) | Int32(XML_PARSE_COMPACT.rawValue)
}

/// Collects libxml2's structured errors as `Diagnostic`s. Passed to C as an unmanaged pointer; it must outlive
/// the libxml2 object it is registered with.
final class LibXMLErrorSink {
    let file: String?
    private(set) var diagnostics: [Diagnostic] = []
    /// libxml2 can repeat one fatal error many times on binary input; past this many, the rest are counted.
    private let limit = 100
    private var dropped = 0

    init(file: String?) {
        self.file = file
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func append(_ diagnostic: Diagnostic) {
        if diagnostics.count < limit {
            diagnostics.append(diagnostic)
        } else {
            dropped += 1
        }
    }

    /// The collected diagnostics, plus a note if some were dropped.
    var finished: [Diagnostic] {
        dropped == 0 ? diagnostics : diagnostics + [Diagnostic(.note, "\(dropped) further problems not shown", file: file)]
    }

    func record(_ error: UnsafePointer<xmlError>) {
        let error = error.pointee
        var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while message.last?.isNewline == true || message.last == " " { message.removeLast() }
        // libxml2 suggests lifting its limits; lexalign keeps them on purpose.
        if message.hasPrefix("Excessive depth in document") {
            message = "elements nested deeper than libxml2's limit of 256 levels (refused: a sign of hostile input)"
        }
        let severity: Diagnostic.Severity =
            switch error.level {
            case XML_ERR_WARNING: .warning
            default: .error
            }
        append(
            Diagnostic(
                severity, message, file: file, line: error.line > 0 ? Int(error.line) : nil,
                column: error.int2 > 0 ? Int(error.int2) : nil))
    }

    /// A C callback that forwards to the sink passed as `userData`.
    static let structuredHandler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<LibXMLErrorSink>.fromOpaque(userData).takeUnretainedValue().record(UnsafePointer(error))
    }
}
