import Foundation
import XMLStream

/// Reads the feeds an OPML list names: every `outline` with an `xmlUrl`, at any depth (folders of outlines
/// are read through).
public enum OPMLReader {
    /// One feed of the list, as written.
    public struct Outline: Sendable, Equatable {
        /// The feed's address as written: absolute, or relative to the list.
        public var url: String
        /// `title`, else `text`.
        public var title: String?
        /// What the feed's items are (`article`, `organization`, `event`, `campaign`), from the outline's
        /// `items` attribute.
        public var items: String?
        public var line: Int
    }

    /// The outlines of the list in the file at `path`, in order, and the warnings of recover mode.
    ///
    /// - Throws: ``ImportError/cannotRead(path:reason:)`` when the file is not an OPML list, or not even
    ///   recover mode makes a document of it.
    public static func outlines(path: String) throws -> (outlines: [Outline], warnings: [String]) {
        do {
            return try RecoveringPass.read(path: path) { reader, gate in
                var found: [Outline] = []
                var root = true
                while let node = try reader.next() {
                    guard node.kind == .startElement else { continue }
                    if root {
                        guard node.name == "opml", (node.namespace ?? "").isEmpty else {
                            throw ImportError.cannotRead(
                                path: path, reason: "the document is a <\(node.name)>, not <opml>")
                        }
                        root = false
                    }
                    guard node.name == "outline", let url = attribute("xmlUrl", node), gate.admit() else { continue }
                    found.append(
                        Outline(
                            url: url, title: attribute("title", node) ?? attribute("text", node),
                            items: attribute("items", node), line: node.line))
                }
                return found
            }
        } catch let fatal as XMLDiagnostic {
            throw ImportError.cannotRead(
                path: path, reason: "line \(fatal.line), column \(fatal.column): \(fatal.message)")
        }
    }

    private static func attribute(_ name: String, _ node: XMLNode) -> String? {
        let value = node.attributes.first { $0.name == name && ($0.namespace ?? "").isEmpty }?.value
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? nil : trimmed
    }
}
