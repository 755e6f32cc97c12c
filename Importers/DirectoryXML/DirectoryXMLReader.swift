import Directory
import Foundation
import XMLStream

/// Reads a directory XML document in one streamed pass, handing each `entity` and `relation` over as it
/// ends; an ill-formed document is read again in recover mode, like a feed.
enum DirectoryXMLReader {
    /// What a document says about itself, once read.
    struct Header {
        var encoding: String
        var warnings: [String]
    }

    /// - Throws: ``DirectoryXMLError``, or what the callbacks throw.
    static func read(
        path: String,
        entity: (DirectoryElement) throws -> Void,
        relation: (DirectoryRelationElement) throws -> Void
    ) throws -> Header {
        do {
            let (encoding, repairs) = try RecoveringPass.read(path: path) { reader, gate in
                var pass = Pass(path: path)
                try pass.run(reader) { element in
                    guard gate.admit() else { return }
                    switch element {
                    case .entity(let found): try entity(found)
                    case .relation(let found): try relation(found)
                    }
                }
                return reader.encoding ?? "UTF-8"
            }
            return Header(encoding: encoding, warnings: repairs)
        } catch let fatal as XMLDiagnostic {
            throw DirectoryXMLError.unreadable(
                file: path, line: fatal.line, column: fatal.column, reason: fatal.message)
        }
    }

    private enum Element {
        case entity(DirectoryElement)
        case relation(DirectoryRelationElement)
    }

    /// One pass: the root must be `directory`; `entity` and `relation` are its children, and the elements an
    /// entity or relation holds are read when they close. Anything else is left alone.
    private struct Pass {
        let path: String
        private var depth = 0
        private var entity: DirectoryElement?
        private var relation: DirectoryRelationElement?
        private var child: (name: String, attributes: [XMLAttribute], text: String)?

        init(path: String) { self.path = path }

        mutating func run(_ reader: XMLStreamReader, _ deliver: (Element) throws -> Void) throws {
            while let node = try reader.next() {
                switch node.kind {
                case .startElement:
                    depth += 1
                    try open(node)
                    if node.isEmptyElement {
                        try close(deliver)
                        depth -= 1
                    }
                case .endElement:
                    try close(deliver)
                    depth -= 1
                case .text:
                    child?.text += node.text
                }
            }
        }

        private mutating func open(_ node: XMLNode) throws {
            let ours = node.namespace == DirectoryNamespace.uri
            switch depth {
            case 1:
                guard ours, node.name == "directory" else {
                    throw DirectoryXMLError.notADirectory(file: path, root: node.name)
                }
            case 2 where ours && node.name == "entity":
                entity = DirectoryElement(attributes: node.attributes, line: node.line)
            case 2 where ours && node.name == "relation":
                let attributes = node.attributes
                relation = DirectoryRelationElement(
                    from: DirectoryElement.attribute("from", in: attributes),
                    type: DirectoryElement.attribute("type", in: attributes),
                    to: DirectoryElement.attribute("to", in: attributes), line: node.line)
            case 3 where ours && entity != nil:
                child = (node.name, node.attributes, "")
            default:
                break
            }
        }

        private mutating func close(_ deliver: (Element) throws -> Void) throws {
            switch depth {
            case 2:
                if let done = entity { try deliver(.entity(done)) }
                if let done = relation { try deliver(.relation(done)) }
                entity = nil
                relation = nil
            case 3:
                if let done = child { entity?.add(done.name, attributes: done.attributes, text: done.text) }
                child = nil
            default:
                break
            }
        }
    }
}
