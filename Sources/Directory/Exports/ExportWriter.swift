/// Writes one export format, piece by piece, into a byte buffer the caller empties as it grows.
protocol ExportWriter {
    /// Relations are read (a second pass over the edges) only for formats that write them.
    var wantsRelations: Bool { get }
    mutating func begin(_ bytes: inout [UInt8])
    mutating func entity(_ entity: ExportedEntity, _ bytes: inout [UInt8])
    mutating func relation(_ relation: ExportedRelation, _ bytes: inout [UInt8])
    mutating func end(_ bytes: inout [UInt8])
}

extension ExportWriter {
    var wantsRelations: Bool { false }
    mutating func relation(_ relation: ExportedRelation, _ bytes: inout [UInt8]) {}
}

extension ExportFormat {
    func writer(generated: String) -> any ExportWriter {
        switch self {
        case .geojson: GeoJSONWriter()
        case .csv: CSVExportWriter()
        case .xml: DirectoryXMLWriter(generated: generated)
        }
    }
}
