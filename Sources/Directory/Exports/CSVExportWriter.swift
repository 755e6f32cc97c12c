/// RFC 4180 CSV (CRLF, a header row) in the columns `sanctuary import` reads, so that a list exported from one
/// directory imports into another; `id` comes first for the partners who keep it, and an import reads it as
/// an extra attribute. Several values share a cell joined by "; ".
///
/// Safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
/// would be run as a formula (CSV injection), so it gets a leading `'`, unless it is a plain number ("-33.86"),
/// which no spreadsheet runs.
struct CSVExportWriter: ExportWriter {
    static let header = [
        "id", "kind", "name", "aliases", "description", "city", "country", "region", "lat", "lon", "website",
        "themes", "status", "starts", "ends", "visibility", "sensitive",
    ]

    mutating func begin(_ bytes: inout [UInt8]) {
        Self.row(Self.header, &bytes)
    }

    mutating func entity(_ exported: ExportedEntity, _ bytes: inout [UInt8]) {
        let entity = exported.entity
        Self.row(
            [
                String(entity.id), entity.kind.rawValue, entity.name, exported.aliases.joined(separator: "; "),
                entity.description ?? "", exported.city?.name ?? "", entity.country ?? "", entity.region ?? "",
                entity.lat.map(JSONText.number) ?? "", entity.lon.map(JSONText.number) ?? "", entity.website ?? "",
                exported.themes.joined(separator: "; "), entity.status ?? "", entity.starts ?? "", entity.ends ?? "",
                entity.visibility.rawValue, entity.sensitive ? "yes" : "no",
            ], &bytes)
    }

    mutating func end(_ bytes: inout [UInt8]) {}

    private static func row(_ cells: [String], _ bytes: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(neutralised(cell), &bytes)
        }
        bytes += "\r\n".utf8
    }

    static func neutralised(_ cell: String) -> String {
        guard let first = cell.utf8.first, formulaStarts.contains(first), !isPlainNumber(cell) else { return cell }
        return "'" + cell
    }

    private static let formulaStarts: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"),
        UInt8(ascii: "\r"),
    ]

    /// An optional minus, digits, and at most one point among them.
    private static func isPlainNumber(_ cell: String) -> Bool {
        var digits = 0
        var points = 0
        for (index, byte) in cell.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }

    private static func append(_ cell: String, _ bytes: inout [UInt8]) {
        let needsQuotes = cell.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
        guard needsQuotes else {
            bytes += cell.utf8
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in cell.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
