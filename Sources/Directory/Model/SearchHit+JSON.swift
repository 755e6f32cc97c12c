extension SearchHit {
    /// Appends the hit as JSON: the bytes ``DirectoryJSON`` writes for it (keys sorted, absent values left
    /// out, `country` null when absent), without `JSONEncoder`, which was a third of a served search's time.
    public func appendJSON(to bytes: inout [UInt8]) {
        // Moved into the writer and back, so that appending never copies the caller's bytes.
        var object = ObjectWriter(bytes: bytes)
        bytes = []
        object.key("country")
        if let country = entity.country {
            JSONText.append(string: country, to: &object.bytes)
        } else {
            object.raw("null")
        }
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
        object.raw("}")
        bytes = object.bytes
    }

    private struct ObjectWriter {
        var bytes: [UInt8]
        private var first = true

        init(bytes: [UInt8]) {
            self.bytes = bytes
            self.bytes.append(UInt8(ascii: "{"))
        }

        mutating func key(_ key: String) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            JSONText.append(string: key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
        }

        mutating func raw(_ text: String) { bytes += text.utf8 }

        mutating func string(_ key: String, _ value: String?) {
            guard let value else { return }
            self.key(key)
            JSONText.append(string: value, to: &bytes)
        }

        mutating func literal(_ key: String, _ value: String?) {
            guard let value else { return }
            self.key(key)
            raw(value)
        }
    }
}
