import Foundation

extension EntityFacts {
    /// Canonical JSON: keys sorted, absent values left out, so equal facts give equal text. Written by hand:
    /// an import writes one per record, and `JSONEncoder` was a tenth of the import's time.
    func canonicalJSON() -> String {
        var json = CanonicalJSON()
        if let aliases { json.field("aliases") { $0.array(aliases) } }
        if let country { json.field("country") { $0.string(country) } }
        if let description { json.field("description") { $0.string(description) } }
        if let ends { json.field("ends") { $0.string(ends) } }
        if let extra { json.field("extra") { $0.object(extra) } }
        if let lat { json.field("lat") { $0.number(lat) } }
        if let lon { json.field("lon") { $0.number(lon) } }
        json.field("name") { $0.string(name) }
        if let region { json.field("region") { $0.string(region) } }
        if let sensitive { json.field("sensitive") { $0.bool(sensitive) } }
        if let starts { json.field("starts") { $0.string(starts) } }
        if let status { json.field("status") { $0.string(status) } }
        if let visibility { json.field("visibility") { $0.string(visibility.rawValue) } }
        if let website { json.field("website") { $0.string(website) } }
        return json.finish()
    }

    /// The extra attributes as a canonical JSON object, nil when there are none.
    var extraJSON: String? {
        guard let extra else { return nil }
        var json = CanonicalJSON()
        for key in extra.keys.sorted() { json.field(key) { $0.string(extra[key]!) } }
        return json.finish()
    }

    init(canonicalJSON text: String) throws {
        self = try JSONDecoder().decode(EntityFacts.self, from: Data(text.utf8))
    }
}

/// A JSON object written key by key, in the order the caller gives (which it keeps sorted).
struct CanonicalJSON {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]

    mutating func field(_ key: String, _ value: (inout CanonicalJSON) -> Void) {
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        string(key)
        bytes.append(UInt8(ascii: ":"))
        value(&self)
    }

    mutating func string(_ text: String) {
        JSONText.append(string: text, to: &bytes)
    }

    mutating func bool(_ value: Bool) {
        bytes += Array((value ? "true" : "false").utf8)
    }

    mutating func number(_ value: Double) {
        bytes += Array("\(value)".utf8)
    }

    mutating func array(_ items: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func object(_ pairs: [String: String]) {
        bytes.append(UInt8(ascii: "{"))
        for (index, key) in pairs.keys.sorted().enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(key)
            bytes.append(UInt8(ascii: ":"))
            string(pairs[key]!)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func finish() -> String {
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
