extension SearchHit {
    /// Appends the hit as JSON: the bytes ``DirectoryJSON`` writes for it (keys sorted, absent values left
    /// out, `country` null when absent), without `JSONEncoder`, which was a third of a served search's time.
    public func appendJSON(to bytes: inout [UInt8]) {
        var object = JSONObjectWriter(after: bytes)
        bytes = []
        object.nullable("country", entity.country)
        object.string("description", entity.description)
        object.string("ends", entity.ends)
        object.literal("geonames", entity.geonames.map { String($0) })
        object.literal("id", String(entity.id))
        object.string("key", entity.key)
        object.string("kind", entity.kind.rawValue)
        object.literal("lat", entity.lat.map(JSONText.number))
        object.literal("lon", entity.lon.map(JSONText.number))
        object.string("name", entity.name)
        object.literal("rank", rank.map { String($0) })
        object.string("region", entity.region)
        object.literal("sensitive", entity.sensitive ? "true" : "false")
        object.string("starts", entity.starts)
        object.string("status", entity.status)
        object.string("visibility", entity.visibility.rawValue)
        object.string("website", entity.website)
        bytes = object.finished()
    }
}
