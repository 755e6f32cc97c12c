import Directory

/// Turns a directory XML `entity` into a ``MappedRecord``, or into the reason it is rejected: on its own in a
/// whole document, or over the record a feed's item made.
enum DirectoryElementMapper {
    typealias Rejection = RowMapper.Rejection

    /// An entity of a whole document: its kind and name are required; its key, when left out, is made as a
    /// list's would be. The document's relations place it, not its point.
    static func record(_ element: DirectoryElement) -> Result<MappedRecord, Rejection> {
        Result { () throws(Rejection) in
            guard let text = element.kind else { throw Rejection(reason: "the entity has no kind") }
            guard let kind = EntityKind(rawValue: text) else {
                let kinds = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw Rejection(reason: "kind '\(text)' is not one of \(kinds)")
            }
            guard let name = element.name, !Normalizer.normalize(name).isEmpty else {
                throw Rejection(reason: "the entity has no name")
            }
            let facts = try facts(element, over: EntityFacts(name: name))
            let key =
                element.key ?? EntityKey.make(kind: kind, name: name, country: facts.country, website: facts.website)
            guard let key else { throw Rejection(reason: "no identity can be made from the name '\(name)'") }
            var record = MappedRecord(kind: kind, key: key, facts: facts)
            record.locatesByPoint = false
            return record
        }
    }

    /// What an item's `entity` adds to the record the item made: its kind (one a feed's items may be), its
    /// facts over the item's, its city, themes and related entities.
    static func record(_ element: DirectoryElement, over base: MappedRecord) -> Result<MappedRecord, Rejection> {
        Result { () throws(Rejection) in
            var record = base
            if let text = element.kind {
                guard let kind = EntityKind(rawValue: text),
                    [.article, .organization, .event, .campaign].contains(kind)
                else { throw Rejection(reason: "kind '\(text)' is not one of article, organization, event, campaign") }
                record.kind = kind
            }
            if let name = element.name, !Normalizer.normalize(name).isEmpty { record.facts.name = name }
            record.facts = try facts(element, over: record.facts)
            if let city = element.city {
                let country = try FieldParsing.country(city.country) ?? record.facts.country
                record.city = MappedRecord.PlaceName(name: city.name, country: country, region: city.region)
            }
            for theme in element.themes {
                record.links.append(MappedRecord.Link(relation: .worksOn, target: .kind(.theme), name: theme))
            }
            for related in element.related { record.links.append(try link(related)) }
            return record
        }
    }

    private static func facts(_ element: DirectoryElement, over base: EntityFacts) throws(Rejection) -> EntityFacts {
        var facts = base
        facts.addAliases(element.aliases)
        facts.description = element.description ?? facts.description
        facts.country = try FieldParsing.country(element.country) ?? facts.country
        facts.region = element.region ?? facts.region
        let (lat, lon) = try FieldParsing.coordinates(element.lat, element.lon)
        if let lat, let lon { (facts.lat, facts.lon) = (lat, lon) }
        facts.website = element.website ?? facts.website
        facts.status = element.status ?? facts.status
        facts.starts = try FieldParsing.date(element.starts, label: "starts") ?? facts.starts
        facts.ends = try FieldParsing.date(element.ends, label: "ends") ?? facts.ends
        facts.visibility = try FieldParsing.visibility(element.visibility) ?? facts.visibility
        facts.sensitive = try FieldParsing.sensitive(element.sensitive) ?? facts.sensitive
        return facts
    }

    /// The kind a relation's other side has when `related` does not say it.
    private static let impliedKinds: [Relation: MappedRecord.Target] = [
        .worksOn: .kind(.theme), .supports: .kind(.campaign), .partOf: .kind(.campaign),
        .alliedWith: .kind(.organization), .memberOf: .campaignOrOrganization,
    ]

    private static func link(_ related: DirectoryElement.Related) throws(Rejection) -> MappedRecord.Link {
        guard let relation = Relation(rawValue: related.type) else {
            let types = Relation.allCases.map(\.rawValue).joined(separator: ", ")
            throw Rejection(reason: "relation '\(related.type)' is not one of \(types)")
        }
        let target: MappedRecord.Target
        if let text = related.kind {
            guard let kind = EntityKind(rawValue: text), kind != .city else {
                throw Rejection(
                    reason: "related kind '\(text)' is not one of organization, campaign, event, theme, article "
                        + "(a city is named with <city>)")
            }
            target = .kind(kind)
        } else {
            guard let implied = impliedKinds[relation] else {
                throw Rejection(
                    reason: "related '\(related.name)' needs a kind: \(relation.rawValue) does not imply one")
            }
            target = implied
        }
        return MappedRecord.Link(relation: relation, target: target, name: related.name, inbound: related.inverse)
    }
}
