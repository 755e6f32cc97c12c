public import Directory

/// Small helpers to drive the store's import API the way an importer does.
extension DirectoryStore {
    public func run(
        _ source: String, mode: ImportMode = .snapshot, _ body: (SourceRun) throws -> Void
    ) throws -> RunCounts {
        try importRun(source: SourceDescriptor(name: source, location: nil, format: "test", mode: mode), body)
    }
}

extension SourceRun {
    @discardableResult
    public func city(_ name: String, _ country: String, aliases: [String] = [], lat: Double? = nil, lon: Double? = nil)
        throws -> Int64
    {
        try assert(
            .city,
            key: EntityKey.make(kind: .city, name: name, country: country, website: nil)!,
            facts: EntityFacts(name: name, aliases: aliases, country: country, lat: lat, lon: lon)
        )
    }

    @discardableResult
    public func organization(_ name: String, website: String? = nil, country: String? = nil, description: String? = nil)
        throws -> Int64
    {
        try assert(
            .organization,
            key: EntityKey.make(kind: .organization, name: name, country: country, website: website)!,
            facts: EntityFacts(name: name, description: description, country: country, website: website)
        )
    }

    /// An organization (its website made from its name) based in `city` and working on `theme`, with the
    /// visibility and sensitivity given: what the tests of who sees what are made of.
    @discardableResult
    public func organization(
        _ name: String, _ visibility: Visibility, sensitive: Bool = false, lat: Double? = nil, lon: Double? = nil,
        country: String, basedIn city: Int64, worksOn theme: Int64, extra: [String: String] = [:]
    ) throws -> Int64 {
        let website = "\(name.lowercased()).example.org"
        let id = try assert(
            .organization, key: website,
            facts: EntityFacts(
                name: name, country: country, lat: lat, lon: lon, website: website, visibility: visibility,
                sensitive: sensitive, extra: extra))
        try link(id, .basedIn, city)
        try link(id, .worksOn, theme)
        return id
    }

    @discardableResult
    public func theme(_ name: String) throws -> Int64 {
        try mention(
            .theme, key: EntityKey.make(kind: .theme, name: name, country: nil, website: nil)!,
            facts: EntityFacts(name: name))
    }
}
