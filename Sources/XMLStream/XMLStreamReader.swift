import CLibXML2
import Foundation
import Glibc

/// A streaming, namespace-aware XML reader over libxml2's `xmlTextReader`, in constant memory.
///
/// Safe by construction: network access is off and external entities are never loaded or substituted, so a
/// hostile document cannot read local files or reach a server (XXE); libxml2's own limits bound the expansion
/// of internal entities ("billion laughs"). Entities a document declares are not substituted either; HTML's
/// named characters are. Errors come through a per-reader handler with their line numbers instead of
/// libxml2's default print to stderr.
///
/// The text reader stops at a document's first error, even asked to recover (verified on 2.9.14).
/// ``recovering(bytes:url:)`` and ``recovering(path:)`` read an ill-formed document the way libxml2's
/// recover mode repairs it, through a tree: for the documents the stream gave up on, which a caller reads
/// again from the start.
///
/// See <https://gnome.pages.gitlab.gnome.org/libxml2/devhelp/libxml2-xmlreader.html>.
public final class XMLStreamReader {
    private let reader: xmlTextReaderPtr
    /// libxml2's memory reader borrows this buffer: it must live as long as the reader.
    private let buffer: UnsafeMutableBufferPointer<CChar>?
    /// The repaired tree a recovering reader walks; freed with it.
    private let document: xmlDocPtr?
    /// What libxml2 reported so far, in order.
    public private(set) var diagnostics: [XMLDiagnostic] = []
    /// The element names met so far, in the order met: ``elementName`` is a place here.
    public private(set) var elementNames: [XMLName] = []
    /// What the reader keeps of the names and entities met, behind a pointer: Swift checks each access to a
    /// class's stored property for exclusivity at run time, and those checks on every node took a tenth of
    /// the parsing thread's time in ``XMLReadAhead``.
    private let state = UnsafeMutablePointer<State>.allocate(capacity: 1)

    private struct State {
        /// The names and namespaces met so far, by their address in the reader's dictionary.
        var names: [UnsafePointer<xmlChar>: String] = [:]
        /// Where each element name met so far stands in ``elementNames``, by the addresses of its local name
        /// and namespace in the reader's dictionary.
        var elementNumbers: [NameAddress: Int] = [:]
        /// The last name met at each slot of a small table, by address, in front of `elementNumbers`: a
        /// dictionary lookup per element took 3 % of the instructions of reading a feed, the table 2 %.
        var recentNames = [(address: NameAddress, number: Int)?](repeating: nil, count: XMLStreamReader.recentSlots)
        /// The character an entity reference stands for, when the reader stands on one.
        var entityBytes: [UInt8]?
    }

    private static let recentSlots = 64

    /// NONET blocks fetching anything over the network; leaving out NOENT and DTDLOAD means external entities
    /// are neither loaded nor substituted (XXE). NOCDATA delivers CDATA as ordinary text.
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Starts reading `bytes`.
    ///
    /// - Parameter url: the document's location, the base for relative references.
    /// - Throws: ``XMLDiagnostic`` when libxml2 cannot start a reader.
    public convenience init(bytes: [UInt8], url: String? = nil) throws {
        let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(1, bytes.count))
        _ = buffer.initialize(from: bytes.lazy.map { CChar(bitPattern: $0) })
        guard let reader = xmlReaderForMemory(buffer.baseAddress, Int32(bytes.count), url, nil, Self.options) else {
            buffer.deallocate()
            throw XMLDiagnostic(severity: .fatal, line: 0, column: 0, message: "libxml2 could not start a reader")
        }
        self.init(reader: reader, buffer: buffer, document: nil)
    }

    /// Starts reading the file at `path`, a buffer at a time: memory stays flat whatever the file's size.
    ///
    /// - Throws: ``XMLDiagnostic`` when the file cannot be opened.
    public convenience init(path: String) throws {
        guard FileManager.default.isReadableFile(atPath: path), let reader = xmlReaderForFile(path, nil, Self.options)
        else { throw XMLDiagnostic(severity: .fatal, line: 0, column: 0, message: "cannot open \(path)") }
        self.init(reader: reader, buffer: nil, document: nil)
    }

    /// A reader over `bytes` as libxml2's recover mode repairs them, with what it repaired among the
    /// ``diagnostics`` (each with its line and column).
    ///
    /// - Throws: ``XMLDiagnostic`` when not even recover mode makes a document of them.
    public static func recovering(bytes: [UInt8], url: String? = nil) throws -> XMLStreamReader {
        try recovered { options in
            bytes.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) {
                    xmlReadMemory($0.baseAddress, Int32($0.count), url, nil, options)
                }
            }
        }
    }

    /// ``recovering(bytes:url:)`` for the file at `path`.
    ///
    /// A bare `&` and HTML's named characters, which libxml2's repair would drop with the text around them,
    /// are repaired first (``ReferenceRepair``), each bare `&` with a warning.
    public static func recovering(path: String) throws -> XMLStreamReader {
        guard let bytes = FileBytes.read(path),
            let (repaired, repairs) = ReferenceRepair.repaired(bytes)
        else { return try recovered { options in xmlReadFile(path, nil, options) } }
        let reader = try recovering(bytes: repaired, url: path)
        reader.diagnostics.insert(contentsOf: repairs, at: 0)
        return reader
    }

    private static func recovered(_ parse: (Int32) -> xmlDocPtr?) throws -> XMLStreamReader {
        let collected = DiagnosticBox()
        // A tree parse reports through libxml2's handler of this thread, not a reader's: set it for the parse.
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collected).toOpaque()) { context, error in
            guard let context, let error else { return }
            Unmanaged<DiagnosticBox>.fromOpaque(context).takeUnretainedValue().diagnostics.append(
                XMLDiagnostic(error.pointee))
        }
        let document = parse(options | Int32(XML_PARSE_RECOVER.rawValue))
        xmlSetStructuredErrorFunc(nil, nil)
        guard let document, let reader = xmlReaderWalker(document) else {
            throw collected.diagnostics.first { $0.severity != .warning }
                ?? XMLDiagnostic(severity: .fatal, line: 0, column: 0, message: "not even recover mode reads it")
        }
        let walker = XMLStreamReader(reader: reader, buffer: nil, document: document)
        walker.diagnostics = collected.diagnostics
        return walker
    }

    private init(reader: xmlTextReaderPtr, buffer: UnsafeMutableBufferPointer<CChar>?, document: xmlDocPtr?) {
        self.reader = reader
        self.buffer = buffer
        self.document = document
        state.initialize(to: State())
        // A walker over a tree has no parser, and libxml2 would dereference the missing one: what parsing the
        // tree reported was collected when it was parsed.
        guard document == nil else { return }
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { context, error in
                guard let context, let error else { return }
                let owner = Unmanaged<XMLStreamReader>.fromOpaque(context).takeUnretainedValue()
                owner.diagnostics.append(XMLDiagnostic(error.pointee))
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
        xmlFreeTextReader(reader)
        buffer?.deallocate()
        if let document { xmlFreeDoc(document) }
    }

    /// The encoding the document declared, once the first node is read (nil before, or when it declared
    /// none: XML's default, UTF-8, or UTF-16 told by a byte-order mark).
    public var encoding: String? {
        xmlTextReaderConstEncoding(reader).map { String(cString: $0) }
    }

    /// The libxml2 version linked at run time, such as `20914`.
    public static var libraryVersion: String { String(cString: sanctuary_xmlParserVersion()) }

    /// The next element start, element end or text node; nil at the end of the document.
    ///
    /// - Throws: the ``XMLDiagnostic`` that stopped parsing.
    public func next() throws -> XMLNode? {
        try advance().map { _ in node() }
    }

    /// Moves to the next element start, element end or text node and says which it is; nil at the end of the
    /// document. What it is stands in ``node()``, and a text's bytes in ``withText(_:)``, without making a
    /// string of every text: for readers that keep little of what they read.
    ///
    /// - Throws: the ``XMLDiagnostic`` that stopped parsing.
    public func advance() throws -> XMLNode.Kind? {
        state.pointee.entityBytes = nil
        while try check(xmlTextReaderRead(reader)) {
            let type = xmlTextReaderNodeType(reader)
            switch xmlReaderTypes(rawValue: UInt32(type)) {
            case XML_READER_TYPE_ELEMENT: return .startElement
            case XML_READER_TYPE_END_ELEMENT: return .endElement
            case XML_READER_TYPE_TEXT, XML_READER_TYPE_CDATA, XML_READER_TYPE_SIGNIFICANT_WHITESPACE: return .text
            case XML_READER_TYPE_ENTITY_REFERENCE:
                if let text = entityText() {
                    state.pointee.entityBytes = Array(text.utf8)
                    return .text
                }
            default: continue
            }
        }
        return nil
    }

    /// The node ``advance()`` moved to.
    public func node() -> XMLNode {
        switch xmlReaderTypes(rawValue: UInt32(xmlTextReaderNodeType(reader))) {
        case XML_READER_TYPE_ELEMENT: element(.startElement)
        case XML_READER_TYPE_END_ELEMENT: element(.endElement)
        default:
            node(
                .text, name: "", namespace: nil, attributes: [], text: withText { String(decoding: $0, as: UTF8.self) })
        }
    }

    /// The bytes (UTF-8) of the text ``advance()`` moved to, lent to `body` alone.
    public func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let entityBytes = state.pointee.entityBytes { return try entityBytes.withUnsafeBufferPointer(body) }
        guard let value = xmlTextReaderConstValue(reader) else {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        return try body(
            UnsafeBufferPointer(
                start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))))
    }

    /// Appends the bytes (UTF-8) of the text ``advance()`` moved to to `buffer`: ``withText(_:)`` for the
    /// reader that gathers every text, without a generic closure across modules, which Swift does not
    /// specialise.
    public func appendText(to buffer: inout [UInt8]) {
        if let entityBytes = state.pointee.entityBytes {
            buffer.append(contentsOf: entityBytes)
        } else if let value = xmlTextReaderConstValue(reader) {
            buffer.append(
                contentsOf: UnsafeBufferPointer(
                    start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))))
        }
    }

    /// The line of the node ``advance()`` moved to.
    public var line: Int { currentLine }

    /// The place in ``elementNames`` of the name of the element ``advance()`` moved to: a number that stands
    /// for the name and namespace, for readers that tell elements apart once per name instead of once per
    /// element.
    public var elementName: Int {
        let local = xmlTextReaderConstLocalName(reader)
        let namespace = xmlTextReaderConstNamespaceUri(reader)
        let address = NameAddress(local: local, namespace: namespace)
        let slot = address.slot(of: Self.recentSlots)
        if let recent = state.pointee.recentNames[slot], recent.address == address { return recent.number }
        let number: Int
        if let known = state.pointee.elementNumbers[address] {
            number = known
        } else {
            elementNames.append(XMLName(name: interned(local) ?? "", namespace: interned(namespace)))
            number = elementNames.count - 1
            state.pointee.elementNumbers[address] = number
        }
        state.pointee.recentNames[slot] = (address, number)
        return number
    }

    /// Whether the start element ``advance()`` moved to is empty (`<br/>`): no end element follows it.
    public var isEmptyElement: Bool {
        xmlTextReaderIsEmptyElement(reader) == 1
    }

    /// The attributes of the start element ``advance()`` moved to, without its namespace declarations.
    public func attributes() -> [XMLAttribute] {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var attributes: [XMLAttribute] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            attributes.append(
                XMLAttribute(
                    name: interned(xmlTextReaderConstLocalName(reader)) ?? "",
                    namespace: interned(xmlTextReaderConstNamespaceUri(reader)),
                    value: string(xmlTextReaderConstValue(reader))
                )
            )
        }
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    /// An entity reference other than XML's five and character references: the character when it is one of
    /// HTML's (`&eacute;`, which RSS 0.91 feeds take from Netscape's DTD, never fetched), else nothing, with a
    /// warning.
    private func entityText() -> String? {
        let name = string(xmlTextReaderConstName(reader))
        if let entity = htmlEntityLookup(xmlTextReaderConstName(reader)),
            let scalar = Unicode.Scalar(entity.pointee.value)
        {
            return String(Character(scalar))
        }
        diagnostics.append(
            XMLDiagnostic(
                severity: .warning, line: currentLine, column: 0,
                message: "entity '&\(name);' is left out: only XML's and HTML's character entities are read"))
        return nil
    }

    /// The one place a libxml2 return code is read: 1 is a node, 0 the end, -1 an error.
    private func check(_ result: Int32) throws -> Bool {
        switch result {
        case 1: return true
        case 0: return false
        default:
            throw diagnostics.last { $0.severity != .warning }
                ?? XMLDiagnostic(severity: .fatal, line: currentLine, column: 0, message: "the document cannot be read")
        }
    }

    /// The line of the current node; the parser's own position runs ahead of the node it hands out.
    private var currentLine: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = xmlGetLineNo(node)
            if line > 0 { return Int(line) }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    private func element(_ kind: XMLNode.Kind) -> XMLNode {
        let name = elementNames[elementName]
        var node = node(
            kind, name: name.name, namespace: name.namespace, attributes: kind == .startElement ? attributes() : [],
            text: "")
        node.isEmptyElement = kind == .startElement && isEmptyElement
        return node
    }

    private func node(
        _ kind: XMLNode.Kind, name: String, namespace: String?, attributes: [XMLAttribute], text: String
    ) -> XMLNode {
        XMLNode(
            kind: kind, name: name, namespace: namespace, attributes: attributes, text: text,
            depth: Int(xmlTextReaderDepth(reader)), line: currentLine, isEmptyElement: false
        )
    }

    /// A name or namespace, made a `String` once per reader: libxml2 keeps one copy of each in the reader's
    /// dictionary, which lives as long as the reader, so its address stands for it. Making a new string for
    /// every element's name was a good part of reading a feed.
    private func interned(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        if let known = state.pointee.names[pointer] { return known }
        let made = String(cString: pointer)
        state.pointee.names[pointer] = made
        return made
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        optionalString(pointer) ?? ""
    }

    private func optionalString(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

@available(*, unavailable)
extension XMLStreamReader: Sendable {}

extension XMLDiagnostic {
    init(_ error: xmlError) {
        let severity: Severity =
            switch error.level {
            case XML_ERR_WARNING: .warning
            case XML_ERR_FATAL: .fatal
            default: .error
            }
        let message = error.message.map { String(cString: $0) } ?? "unknown error"
        self.init(
            severity: severity,
            line: Int(error.line),
            column: Int(error.int2),
            message: message.trimmingCharacters(in: .whitespacesAndNewlines)
        )
    }
}

/// The addresses of an element's local name and namespace in a reader's dictionary, which stand for them.
private struct NameAddress: Hashable {
    let local: UnsafePointer<xmlChar>?
    let namespace: UnsafePointer<xmlChar>?

    /// A place for it in a table of `count` (a power of two) slots: the high bits of the addresses mixed by a
    /// multiplication (Fibonacci hashing), as names sit close together in the dictionary's pool.
    func slot(of count: Int) -> Int {
        let local = UInt64(UInt(bitPattern: self.local)), namespace = UInt64(UInt(bitPattern: self.namespace))
        let mixed = (local ^ (namespace &<< 1)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> (64 - count.trailingZeroBitCount))
    }
}

/// Where a tree parse's diagnostics gather, for the C callback to reach.
private final class DiagnosticBox {
    var diagnostics: [XMLDiagnostic] = []
}
