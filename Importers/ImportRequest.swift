public import Directory

/// What to import and how: the value the CLI builds from its flags.
public struct ImportRequest: Sendable {
    public var files: [String]
    /// The kind of every row; else a `kind` column says it, else the file's name ("cities.csv").
    public var kind: EntityKind?
    /// The source's name; defaults to each file's name, so importing a file again replaces what it said.
    public var sourceName: String?
    /// Nil for the format's own: snapshot for lists, append for feeds (a feed is a window that items leave).
    public var mode: ImportMode?
    /// What a feed's items are: `article` (the default), `organization`, `event` or `campaign`.
    public var items: EntityKind?
    /// Any rejected row aborts the file's whole run, writing nothing.
    public var strict: Bool

    public init(
        files: [String],
        kind: EntityKind? = nil,
        sourceName: String? = nil,
        mode: ImportMode? = nil,
        items: EntityKind? = nil,
        strict: Bool = false
    ) {
        self.items = items
        self.files = files
        self.kind = kind
        self.sourceName = sourceName
        self.mode = mode
        self.strict = strict
    }
}
