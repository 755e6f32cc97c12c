import Directory

/// Records a mapped row in an import run: the entity it describes, the entities it names, and the edges.
struct RecordLinker {
    let run: SourceRun

    /// - Returns: warnings about names that could not be linked.
    func apply(_ record: MappedRecord) throws -> [String] {
        var warnings: [String] = []
        let id = try run.assert(record.kind, key: record.key, facts: record.facts)
        if let city = record.city {
            switch try cityID(city) {
            case .found(let cityID): try run.link(id, Self.locating(record.kind), cityID)
            case .unknown: warnings.append("city '\(city.name)' is not linked: give its country")
            case .ambiguous(let count):
                warnings.append("city '\(city.name)' is not linked: \(count) cities have that name; give its country")
            }
        }
        for link in record.links {
            guard let target = try targetID(link) else { continue }
            if link.inbound {
                try run.link(target, link.relation, id)
            } else {
                try run.link(id, link.relation, target)
            }
        }
        return warnings
    }

    private static func locating(_ kind: EntityKind) -> Relation {
        switch kind {
        case .event: .heldIn
        case .organization: .basedIn
        default: .activeIn
        }
    }

    private enum CityMatch { case found(Int64), unknown, ambiguous(Int) }

    private func cityID(_ city: MappedRecord.PlaceName) throws -> CityMatch {
        if let country = city.country,
            let key = EntityKey.make(kind: .city, name: city.name, country: country, website: nil)
        {
            return .found(try run.mention(.city, key: key, facts: EntityFacts(name: city.name, country: country)))
        }
        let known = try run.entities(.city, named: city.name)
        switch known.count {
        case 0: return .unknown
        case 1: return .found(known[0])
        default: return .ambiguous(known.count)
        }
    }

    private func targetID(_ link: MappedRecord.Link) throws -> Int64? {
        var kind: EntityKind
        switch link.target {
        case .kind(let target): kind = target
        case .campaignOrOrganization:
            kind = try run.entities(.campaign, named: link.name).count == 1 ? .campaign : .organization
        }
        guard let key = EntityKey.make(kind: kind, name: link.name, country: nil, website: nil) else { return nil }
        return try run.mention(kind, key: key, facts: EntityFacts(name: link.name))
    }
}
