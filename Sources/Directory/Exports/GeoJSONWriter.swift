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
        var properties = JSONObjectWriter()
        properties.string("kind", entity.kind.rawValue)
        properties.string("key", entity.key)
        properties.string("name", entity.name)
        properties.strings("aliases", exported.aliases)
        properties.string("description", entity.description)
        properties.string("country", entity.country)
        properties.string("region", entity.region)
        if let city = exported.city {
            var place = JSONObjectWriter()
            place.literal("id", String(city.id))
            place.string("name", city.name)
            properties.literal("city", String(decoding: place.finished(), as: UTF8.self))
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
        bytes += properties.finished()
        bytes += "}".utf8
    }

    mutating func end(_ bytes: inout [UInt8]) {
        bytes += "\n]}\n".utf8
    }
}
