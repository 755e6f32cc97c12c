/// The directory XML (`docs/DIRECTORY-XML.md`), UTF-8: the entities, then the relations between them, each
/// with the sources that state it. Characters XML 1.0 cannot hold (control characters other than tab and line
/// breaks) are written as U+FFFD, so that the document is always well-formed.
struct DirectoryXMLWriter: ExportWriter {
    let generated: String

    var wantsRelations: Bool { true }

    mutating func begin(_ bytes: inout [UInt8]) {
        bytes += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8
        bytes += "<directory xmlns=\"\(DirectoryNamespace.uri)\" generated=\"\(generated)\">\n".utf8
    }

    mutating func entity(_ exported: ExportedEntity, _ bytes: inout [UInt8]) {
        let entity = exported.entity
        bytes += "  <entity id=\"\(entity.id)\" kind=\"\(entity.kind.rawValue)\" key=\"".utf8
        Self.escape(entity.key, &bytes)
        bytes += "\" visibility=\"\(entity.visibility.rawValue)\" sensitive=\"\(entity.sensitive)\">\n".utf8
        Self.element("name", entity.name, &bytes)
        for alias in exported.aliases { Self.element("alias", alias, &bytes) }
        Self.element("description", entity.description, &bytes)
        Self.element("country", entity.country, &bytes)
        Self.element("region", entity.region, &bytes)
        if let lat = entity.lat, let lon = entity.lon {
            bytes += "    <point lat=\"\(JSONText.number(lat))\" lon=\"\(JSONText.number(lon))\"/>\n".utf8
        }
        Self.element("website", entity.website, &bytes)
        Self.element("status", entity.status, &bytes)
        Self.element("starts", entity.starts, &bytes)
        Self.element("ends", entity.ends, &bytes)
        for source in exported.sources { Self.element("source", source, &bytes) }
        bytes += "  </entity>\n".utf8
    }

    mutating func relation(_ relation: ExportedRelation, _ bytes: inout [UInt8]) {
        bytes +=
            "  <relation from=\"\(relation.from)\" type=\"\(relation.relation.rawValue)\" to=\"\(relation.to)\"".utf8
        guard !relation.sources.isEmpty else {
            bytes += "/>\n".utf8
            return
        }
        bytes += ">\n".utf8
        for source in relation.sources { Self.element("source", source, &bytes) }
        bytes += "  </relation>\n".utf8
    }

    mutating func end(_ bytes: inout [UInt8]) {
        bytes += "</directory>\n".utf8
    }

    private static func element(_ name: String, _ value: String?, _ bytes: inout [UInt8]) {
        guard let value else { return }
        bytes += "    <\(name)>".utf8
        escape(value, &bytes)
        bytes += "</\(name)>\n".utf8
    }

    private static func escape(_ text: String, _ bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": bytes += "&amp;".utf8
            case "<": bytes += "&lt;".utf8
            case ">": bytes += "&gt;".utf8
            case "\"": bytes += "&quot;".utf8
            case "\t", "\n", "\r": bytes += String(scalar).utf8
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                bytes += "\u{FFFD}".utf8
            default: bytes += String(scalar).utf8
            }
        }
    }
}
