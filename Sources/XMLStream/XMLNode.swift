/// One node of an XML document as the streaming reader meets it.
public struct XMLNode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case startElement
        case endElement
        /// Character data; CDATA sections arrive as text too.
        case text
    }

    public var kind: Kind
    /// The local name, without prefix (`item`, `encoded`); empty for text.
    public var name: String
    /// The namespace URI the element is in, nil when none.
    public var namespace: String?
    public var attributes: [XMLAttribute]
    /// The text of a text node.
    public var text: String
    public var depth: Int
    public var line: Int
    /// `<br/>`: a start element that no end element follows.
    public var isEmptyElement: Bool
}

/// An attribute of a start element.
public struct XMLAttribute: Sendable, Equatable {
    public var name: String
    public var namespace: String?
    public var value: String

    public init(name: String, namespace: String?, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}
