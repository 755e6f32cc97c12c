import Directory

/// Turns a feed's item into a ``MappedRecord`` of the kind the source's items are, or into the reason it is
/// rejected.
///
/// The item's id (its guid, Atom id or RSS 1.0 `rdf:about`), else its link, is its identity
/// (``EntityKey/item(id:scope:)``): importing the feed again updates the item, whatever its title has become.
/// Its title is the entity's name, its summary (else its content, shortened) the description, its link the
/// website, its point the entity's. Categories become themes the entity works on, except for articles,
/// which keep them as an attribute: a news item's tags are not what it works on. A directory XML `entity` in the
/// item says what a feed cannot (dates of an event, its city, aliases, visibility, related entities).
struct FeedItemMapper {
    /// `article`, `organization`, `event` or `campaign`.
    let kind: EntityKind
    /// The source's name, which ids that are not URIs are kept under.
    let scope: String

    /// Descriptions longer than this are cut at a word: the directory points at the item, it does not
    /// keep it.
    static let longestDescription = 1_000

    func map(_ item: FeedItem) -> Result<MappedRecord, RowMapper.Rejection> {
        guard let title = item.title.map(Normalizer.trim), !Normalizer.normalize(title).isEmpty else {
            return .failure(RowMapper.Rejection(reason: "the item has no title"))
        }
        let key = EntityKey.item(id: item.id ?? item.link ?? Normalizer.normalize(title), scope: scope)
        var facts = EntityFacts(
            name: title,
            description: (item.summary ?? item.content).map { Self.shortened($0, to: Self.longestDescription) },
            lat: item.geo?.lat,
            lon: item.geo?.lon,
            website: item.link,
            extra: extra(item)
        )
        if kind == .article, let date = item.published ?? item.updated { facts.starts = String(date.prefix(10)) }
        var record = MappedRecord(kind: kind, key: key, facts: facts)
        if kind != .article {
            record.links = item.categories.map {
                MappedRecord.Link(relation: .worksOn, target: .kind(.theme), name: $0.label ?? $0.term)
            }
        }
        guard let entity = item.entity else { return .success(record) }
        return DirectoryElementMapper.record(entity, over: record)
    }

    private func extra(_ item: FeedItem) -> [String: String] {
        var extra: [String: String] = [:]
        if let published = item.published { extra["published"] = published }
        if let updated = item.updated { extra["updated"] = updated }
        let authors = item.authors.compactMap { $0.name ?? $0.email }
        if !authors.isEmpty { extra["authors"] = authors.joined(separator: "; ") }
        if kind == .article && !item.categories.isEmpty {
            extra["categories"] = item.categories.map { $0.label ?? $0.term }.joined(separator: "; ")
        }
        return extra
    }

    /// `text` cut at the last space before `limit` characters, with an ellipsis.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(where: \.isWhitespace) ?? cut.endIndex
        return Normalizer.trim(String(cut[..<end])) + "…"
    }
}
