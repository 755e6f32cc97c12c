/// The formats the whole directory is exported in.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// An RFC 7946 FeatureCollection: one feature per entity, at its own point or its city's.
    case geojson
    /// One row per entity, in the columns `sanctuary import` reads, safe to open in a spreadsheet.
    case csv
    /// The directory XML (`docs/DIRECTORY-XML.md`): entities, their relations and where each came from.
    case xml

    public var mediaType: String {
        switch self {
        case .geojson: "application/geo+json"
        case .csv: "text/csv; charset=utf-8; header=present"
        case .xml: "application/xml"
        }
    }
}
