/// RFC 7946: a FeatureCollection with a feature per entity, one per line. The geometry is the entity's own
/// point or, for one without (a sensitive entity served to anyone, an organization known by its city only),
/// its city's, and `located` says which; an entity placed nowhere has a null geometry, as the RFC allows.
/// Properties carry the entity's fields under the names of the JSON answers.
struct GeoJSONWriter: ExportWriter {
    private var first = true

    mutating func begin(_ bytes: inout [UInt8]) {
        bytes += #"{"type":"FeatureCollection","features":["#.utf8
    }

    mutating func entity(_ exported: ExportedEntity, _ bytes: inout [UInt8]) {
        let entity = exported.entity
        bytes += (first ? "\n" : ",\n").utf8
        first = false
        bytes += #"{"type":"Feature","id":"#.utf8
        bytes += String(entity.id).utf8
        bytes += #","geometry":"#.utf8
        if let point = exported.point {
            bytes += #"{"type":"Point","coordinates":["#.utf8
            bytes += "\(JSONText.number(point.lon)),\(JSONText.number(point.lat))]}".utf8
        } else {
            bytes += "null".utf8
        }
        var properties = PropertyWriter()
        properties.string("kind", entity.kind.rawValue)
        properties.string("key", entity.key)
        properties.string("name", entity.name)
        properties.strings("aliases", exported.aliases)
        properties.string("description", entity.description)
        properties.string("country", entity.country)
        properties.string("region", entity.region)
        if let city = exported.city {
            properties.literal("city", #"{"id":\#(city.id),"name":"#)
            JSONText.append(string: city.name, to: &properties.bytes)
            properties.bytes.append(UInt8(ascii: "}"))
        }
        if exported.point != nil { properties.string("located", entity.lat != nil ? "own" : "city") }
        properties.string("website", entity.website)
        properties.string("status", entity.status)
        properties.string("starts", entity.starts)
        properties.string("ends", entity.ends)
        properties.strings("themes", exported.themes)
        properties.strings("sources", exported.sources)
        properties.string("visibility", entity.visibility.rawValue)
        properties.literal("sensitive", entity.sensitive ? "true" : "false")
        bytes += #","properties":"#.utf8
        bytes += properties.bytes
        bytes += "}}".utf8
    }

    mutating func end(_ bytes: inout [UInt8]) {
        bytes += "\n]}\n".utf8
    }

    private struct PropertyWriter {
        var bytes: [UInt8] = [UInt8(ascii: "{")]

        mutating func key(_ key: String) {
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            JSONText.append(string: key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
        }

        mutating func string(_ key: String, _ value: String?) {
            guard let value else { return }
            self.key(key)
            JSONText.append(string: value, to: &bytes)
        }

        mutating func strings(_ key: String, _ values: [String]) {
            self.key(key)
            JSONText.append(strings: values, to: &bytes)
        }

        mutating func literal(_ key: String, _ text: String) {
            self.key(key)
            bytes += text.utf8
        }
    }
}
