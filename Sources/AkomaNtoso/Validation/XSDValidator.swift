import CLibXML2
import Foundation

/// A compiled XML Schema. Compiling the AKN schema takes a good part of a second, so each file is compiled once
/// per process and shared; libxml2 only reads a compiled schema during validation, which makes sharing it across
/// threads safe (each validation gets its own context).
public final class XSDSchema: @unchecked Sendable {
    fileprivate let pointer: xmlSchemaPtr
    public let path: String

    private init(pointer: xmlSchemaPtr, path: String) {
        self.pointer = pointer
        self.path = path
    }

    deinit { xmlSchemaFree(pointer) }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: XSDSchema] = [:]

    /// The schema at `path`, compiled on first use. Its imports are resolved relative to it (`./xml.xsd`); the
    /// network is never used.
    public static func load(path: String) throws(XSDSchemaError) -> XSDSchema {
        let key = URL(fileURLWithPath: path).standardizedFileURL.path
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[key] { return cached }
        guard FileManager.default.isReadableFile(atPath: key) else {
            throw XSDSchemaError(diagnostics: [Diagnostic(.error, "cannot read schema", file: path)])
        }
        LibXML.ensureInitialized()
        guard let context = xmlSchemaNewParserCtxt(key) else {
            throw XSDSchemaError(diagnostics: [Diagnostic(.error, "libxml2 could not open the schema", file: path)])
        }
        defer { xmlSchemaFreeParserCtxt(context) }
        let sink = LibXMLErrorSink(file: key)
        let sinkPointer = Unmanaged.passRetained(sink)
        defer { sinkPointer.release() }
        xmlSchemaSetParserStructuredErrors(context, LibXMLErrorSink.structuredHandler, sinkPointer.toOpaque())
        guard let schema = xmlSchemaParse(context), !sink.hasErrors else {
            var errors = sink.finished
            if errors.isEmpty { errors = [Diagnostic(.error, "not a usable XML Schema", file: path)] }
            throw XSDSchemaError(diagnostics: errors)
        }
        let compiled = XSDSchema(pointer: schema, path: key)
        cache[key] = compiled
        return compiled
    }
}

/// A schema that could not be read or compiled.
public struct XSDSchemaError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Validates documents against an XML Schema (the strict `akomantoso30.xsd` or the lenient one), reporting each
/// problem as `file:line:column: error: message`, the column pointing at the offending element's start tag.
public struct XSDValidator: Sendable {
    public let schema: XSDSchema

    public init(schema: XSDSchema) {
        self.schema = schema
    }

    public init(schemaPath: String) throws(XSDSchemaError) {
        self.schema = try XSDSchema.load(path: schemaPath)
    }

    /// Schema errors for the document (empty when valid). Input the parser would refuse (DOCTYPE, not
    /// well-formed) gives the same errors the parser gives.
    public func validate(_ data: Data, file: String? = nil) -> [Diagnostic] {
        data.withUnsafeBytes { validate(bytes: $0, file: file) }
    }

    private func validate(bytes: UnsafeRawBufferPointer, file: String?) -> [Diagnostic] {
        LibXML.ensureInitialized()
        if case .doctype(let line, let column) = PrologScanner.scan(bytes) {
            return TreeReader.doctypeRefusal(file: file, line: line, column: column).diagnostics
        }
        guard let base = bytes.baseAddress, !bytes.isEmpty, bytes.count < Int(Int32.max) else {
            return [Diagnostic(.error, "file is empty or too large", file: file)]
        }
        let parseSink = LibXMLErrorSink(file: file)
        let parseSinkPointer = Unmanaged.passRetained(parseSink)
        defer { parseSinkPointer.release() }
        // The default SAX handler has no structured callback, so parse errors go to this thread's handler.
        xmlSetStructuredErrorFunc(parseSinkPointer.toOpaque(), LibXMLErrorSink.structuredHandler)
        let parsed = xmlReadMemory(
            base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), file ?? "input", nil, LibXML.safeParseOptions)
        xmlSetStructuredErrorFunc(nil, nil)
        guard let document = parsed, !parseSink.hasErrors else {
            if let parsed { xmlFreeDoc(parsed) }
            return parseSink.finished.isEmpty ? [Diagnostic(.error, "not well-formed XML", file: file)] : parseSink.finished
        }
        defer { xmlFreeDoc(document) }

        guard let context = xmlSchemaNewValidCtxt(schema.pointer) else {
            return [Diagnostic(.error, "libxml2 could not start schema validation", file: file)]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let sink = NodeErrorSink()
        let sinkPointer = Unmanaged.passRetained(sink)
        defer { sinkPointer.release() }
        xmlSchemaSetValidStructuredErrors(context, NodeErrorSink.handler, sinkPointer.toOpaque())
        let status = xmlSchemaValidateDoc(context, document)
        if status == 0 && sink.errors.isEmpty { return [] }

        let locations = Self.startTagLocations(document, bytes: bytes)
        var diagnostics = sink.errors.map { error in
            let location = error.node.flatMap { locations[$0] }
            return Diagnostic(
                error.severity, Self.readable(error.message), file: file, line: location?.line ?? error.line,
                column: location?.column ?? error.line.map { _ in 1 })
        }
        if sink.dropped > 0 {
            diagnostics.append(Diagnostic(.note, "\(sink.dropped) further schema errors not shown", file: file))
        }
        if status != 0, !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(.error, "document is not valid against \(schema.path)", file: file))
        }
        return diagnostics
    }

    /// Messages name elements as `{namespace}name`; the AKN namespace is left out, it is implied.
    static func readable(_ message: String) -> String {
        var text = message
        for namespace in [AKNNamespace.v3, AKNNamespace.v3WD17, AKNNamespace.v2] {
            text = text.replacingOccurrences(of: "{\(namespace)}", with: "")
        }
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }

    /// Every element's start-tag position, found by scanning the buffer in document order.
    private static func startTagLocations(_ document: xmlDocPtr, bytes: UnsafeRawBufferPointer) -> [UnsafeMutableRawPointer: SourceLocation] {
        var locations: [UnsafeMutableRawPointer: SourceLocation] = [:]
        var locator = StartTagLocator(bytes)
        var node = xmlDocGetRootElement(document)
        var name: [UInt8] = []
        // Iterative pre-order walk: first child, else next sibling, else the nearest ancestor's next sibling.
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                name.removeAll(keepingCapacity: true)
                if let prefix = current.pointee.ns?.pointee.prefix {
                    name += UnsafeBufferPointer(start: prefix, count: strlen(UnsafeRawPointer(prefix).assumingMemoryBound(to: CChar.self)))
                    name.append(UInt8(ascii: ":"))
                }
                if let local = current.pointee.name {
                    name += UnsafeBufferPointer(start: local, count: strlen(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self)))
                }
                if let location = name.withUnsafeBufferPointer({ locator.next($0.baseAddress!, length: $0.count) }) {
                    locations[UnsafeMutableRawPointer(current)] = location
                }
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            }
            var next: xmlNodePtr? = current
            node = nil
            while let candidate = next {
                if let sibling = candidate.pointee.next {
                    node = sibling
                    break
                }
                next = candidate.pointee.parent
                if next.map({ $0.pointee.type == XML_DOCUMENT_NODE }) ?? true { break }
            }
        }
        return locations
    }
}

/// Schema errors with the node they are about, so their column can be found afterwards.
final class NodeErrorSink {
    struct NodeError {
        let severity: Diagnostic.Severity
        let message: String
        let line: Int?
        let node: UnsafeMutableRawPointer?
    }

    private(set) var errors: [NodeError] = []
    /// Errors past the first thousand, counted and not kept.
    private(set) var dropped = 0

    static let handler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let sink = Unmanaged<NodeErrorSink>.fromOpaque(userData).takeUnretainedValue()
        guard sink.errors.count < 1_000 else {
            sink.dropped += 1
            return
        }
        let value = error.pointee
        sink.errors.append(
            NodeError(
                severity: value.level == XML_ERR_WARNING ? .warning : .error,
                message: value.message.map { String(cString: $0) } ?? "schema validation error",
                line: value.line > 0 ? Int(value.line) : nil,
                node: value.node))
    }
}
