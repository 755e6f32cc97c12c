/// What a reader that keeps little of a document asks of the node it stands on, whether the node comes
/// straight from libxml2 (``XMLStreamReader``) or was read ahead on another thread (``XMLReadAhead``).
public protocol XMLCursor {
    /// Moves to the next element start, element end or text node and says which it is; nil at the end of the
    /// document.
    ///
    /// - Throws: the ``XMLDiagnostic`` that stopped parsing.
    mutating func advance() throws -> XMLNode.Kind?
    /// The place in ``elementNames`` of the name of the element moved to.
    var elementName: Int { get }
    /// The element names met so far, in the order met.
    var elementNames: [XMLName] { get }
    /// Whether the start element moved to is empty (`<br/>`): no end element follows it.
    var isEmptyElement: Bool { get }
    /// The attributes of the start element moved to, without its namespace declarations.
    func attributes() -> [XMLAttribute]
    /// Appends the bytes (UTF-8) of the text moved to to `buffer`.
    func appendText(to buffer: inout [UInt8])
    /// The line of the node moved to.
    var line: Int { get }
    /// What libxml2 reported, in order; complete once ``advance()`` has returned nil.
    var diagnostics: [XMLDiagnostic] { get }
    /// The encoding the document declared; known once ``advance()`` has returned nil.
    var encoding: String? { get }
}

extension XMLStreamReader: XMLCursor {}
