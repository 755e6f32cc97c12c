/// Nodes read ahead, handed from the thread that parses to the thread that reads them: what ``XMLCursor``
/// asks of each, with the texts in one buffer and the attributes in one list.
struct XMLNodeBatch: Sendable {
    struct Node: Sendable {
        var kind: XMLNode.Kind
        var isEmptyElement: Bool
        /// For elements, the place of the name in the reader's element names.
        var name: Int32
        var line: Int32
        /// For text, its bytes in ``bytes``; for a start element, its attributes in ``attributes``.
        var start: Int32
        var end: Int32
    }

    var nodes: [Node] = []
    var bytes: [UInt8] = []
    var attributes: [XMLAttribute] = []
    /// The element names first met since the batch before, in the order met.
    var newNames: ArraySlice<XMLName> = []

    /// Whether the batch is large enough to hand over: a hand-over takes a lock and may wake a thread, and
    /// the batches waiting are all the memory reading ahead holds.
    var isFull: Bool {
        nodes.count >= 1024 || bytes.count >= 1 << 16
    }

    /// Appends the node `reader` stands on.
    mutating func append(_ kind: XMLNode.Kind, from reader: XMLStreamReader) {
        var node = Node(
            kind: kind, isEmptyElement: false, name: 0, line: Int32(clamping: reader.line), start: 0, end: 0)
        switch kind {
        case .startElement:
            node.name = Int32(reader.elementName)
            node.isEmptyElement = reader.isEmptyElement
            node.start = Int32(attributes.count)
            attributes.append(contentsOf: reader.attributes())
            node.end = Int32(attributes.count)
        case .endElement:
            node.name = Int32(reader.elementName)
        case .text:
            node.start = Int32(bytes.count)
            reader.appendText(to: &bytes)
            node.end = Int32(bytes.count)
        }
        nodes.append(node)
    }
}
