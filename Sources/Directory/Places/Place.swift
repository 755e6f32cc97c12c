/// A city of the gazetteer.
public struct Place: Sendable, Equatable, Codable {
    public var geonameid: Int64
    public var name: String
    public var country: String
    /// GeoNames' code of the first-level region (a state, a province, a Land).
    public var admin1: String
    /// The name of the first-level region, when the gazetteer has it.
    public var region: String?
    public var lat: Double
    public var lon: Double
    public var population: Int64
}
