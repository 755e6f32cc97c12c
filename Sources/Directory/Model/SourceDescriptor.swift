/// A source as an import run names it: partners' lists and feeds are known by name.
public struct SourceDescriptor: Sendable, Equatable {
    /// Unique among sources; a later run under the same name replaces what this source says.
    public var name: String
    /// Where it was read from: a path or URL.
    public var location: String?
    /// `csv`, `rss2`, `atom`...
    public var format: String
    public var mode: ImportMode

    public init(name: String, location: String?, format: String, mode: ImportMode) {
        self.name = name
        self.location = location
        self.format = format
        self.mode = mode
    }
}
