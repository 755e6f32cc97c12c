/// Rows of values as one JSON array of arrays, for SQLite to insert in one statement through `json_each`: a
/// statement per row spent more time binding arguments than SQLite spent storing them.
struct JSONRows {
    private var bytes: [UInt8] = [UInt8(ascii: "[")]
    private var fields = 0
    private(set) var count = 0

    mutating func row(_ values: (inout JSONRows) -> Void) {
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "["))
        fields = 0
        values(&self)
        bytes.append(UInt8(ascii: "]"))
        count += 1
    }

    mutating func string(_ text: String) {
        separate()
        JSONText.append(string: text, to: &bytes)
    }

    mutating func number(_ value: some LosslessStringConvertible & Numeric) {
        separate()
        bytes += Array(value.description.utf8)
    }

    var text: String {
        String(decoding: bytes + [UInt8(ascii: "]")], as: UTF8.self)
    }

    private mutating func separate() {
        if fields > 0 { bytes.append(UInt8(ascii: ",")) }
        fields += 1
    }
}
