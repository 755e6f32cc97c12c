/// Builds CSV lines as RFC 4180 wants them: a cell holding a comma, quote or line break is quoted, and its
/// quotes doubled.
struct CSVLine {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            let utf8 = cell.utf8
            if utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
                bytes.append(UInt8(ascii: "\""))
                for byte in utf8 {
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                    bytes.append(byte)
                }
                bytes.append(UInt8(ascii: "\""))
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        bytes.append(contentsOf: [13, 10])
    }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
