/// One JSON object written member by member, for the outputs written without `JSONEncoder` (a served search
/// page, the GeoJSON export). A member whose value is absent is left out.
struct JSONObjectWriter {
    private(set) var bytes: [UInt8]
    private var first = true

    /// Starts the object at the end of `bytes`, which the writer takes (so that appending never copies them).
    init(after bytes: consuming [UInt8] = []) {
        self.bytes = bytes
        self.bytes.append(UInt8(ascii: "{"))
    }

    mutating func string(_ key: String, _ value: String?) {
        guard let value else { return }
        self.key(key)
        JSONText.append(string: value, to: &bytes)
    }

    /// A string, written as `null` when absent.
    mutating func nullable(_ key: String, _ value: String?) {
        guard let value else { return literal(key, "null") }
        string(key, value)
    }

    mutating func strings(_ key: String, _ values: [String]) {
        self.key(key)
        JSONText.append(strings: values, to: &bytes)
    }

    /// A value already written as JSON: a number, `true`, `false`, a nested object.
    mutating func literal(_ key: String, _ json: String?) {
        guard let json else { return }
        self.key(key)
        bytes += json.utf8
    }

    /// Closes the object and gives back the bytes, the object at their end.
    consuming func finished() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    private mutating func key(_ key: String) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        JSONText.append(string: key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }
}
