/// A source as an import run names it: partners' lists and feeds are known by name.
public struct SourceDescriptor: Sendable, Equatable {
    /// Unique among sources; a later run under the same name replaces what this source says.
    public var name: String
    /// Where it was read from: a path or URL.
    public var location: String?
    /// `csv`, `rss2`, `atom`, `directory`...
    public var format: String
    public var mode: ImportMode
    /// What a feed's items are (`article`, `organization`...); nil for lists and directory documents.
    public var items: EntityKind?
    /// What tells the next fetch or sync whether the source changed.
    public var validators = Validators()

    /// An HTTP server's validators for a conditional GET, and the SHA-256 of the content, for servers
    /// without them and for files.
    public struct Validators: Sendable, Equatable {
        public var etag: String?
        public var lastModified: String?
        public var contentHash: String?

        public init(etag: String? = nil, lastModified: String? = nil, contentHash: String? = nil) {
            self.etag = etag
            self.lastModified = lastModified
            self.contentHash = contentHash
        }
    }

    public init(
        name: String, location: String?, format: String, mode: ImportMode, items: EntityKind? = nil,
        validators: Validators = Validators()
    ) {
        self.name = name
        self.location = location
        self.format = format
        self.mode = mode
        self.items = items
        self.validators = validators
    }
}
