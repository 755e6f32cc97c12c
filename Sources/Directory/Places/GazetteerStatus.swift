/// The gazetteer a directory database holds.
public struct GazetteerStatus: Sendable, Encodable, Equatable {
    /// The gzip trailer of the file it was loaded from (CRC-32 and length of the text).
    public var version: String
    public var file: String
    public var cities: Int
    public var names: Int
    /// Loaded by this call: the database had none, or an older version.
    public var loaded: Bool
    /// Cities of the directory that had no place and found theirs in the newly loaded gazetteer.
    public var placed: Int
}
