import Directory

/// Records a mapped row in an import run: the entity it describes, the entities it names, and the edges.
struct RecordLinker {
    let run: SourceRun

    /// What recording one row did besides writing it.
    struct Outcome {
        /// Why the row could not be recorded at all; nothing of it was written.
        var rejection: String?
        /// The entity the record describes, unless rejected.
        var id: Int64?
        var warnings: [String] = []
        /// Cities the gazetteer does not know, kept by name and country.
        var unresolved: [MappedRecord.PlaceName] = []
    }

    /// - Parameter prepared: the record's facts prepared for the store, when that was done beforehand (on the
    ///   thread that mapped the record).
    func apply(_ record: MappedRecord, prepared: PreparedFacts? = nil) throws -> Outcome {
        var outcome = Outcome()
        let id: Int64
        if record.kind == .city {
            let resolution = try run.assertCity(record.facts)
            guard let cityID = resolution.id else {
                outcome.rejection =
                    "city '\(record.facts.name)' has no country, and the gazetteer does not know it: give its country"
                return outcome
            }
            note(resolution, PlaceName(record.facts), in: &outcome)
            id = cityID
        } else {
            guard let key = record.key else {
                outcome.rejection = "no identity can be made from the name '\(record.facts.name)'"
                return outcome
            }
            Swift.assert(prepared == nil || prepared?.facts == record.facts, "prepared from other facts")
            id = try run.assert(record.kind, key: key, prepared: prepared ?? PreparedFacts(record.facts))
            try locate(id, record, &outcome)
        }
        outcome.id = id
        for link in record.links {
            guard let target = try targetID(link) else { continue }
            if link.inbound {
                try run.link(target, link.relation, id)
            } else {
                try run.link(id, link.relation, target)
            }
        }
        return outcome
    }

    private typealias PlaceName = MappedRecord.PlaceName

    /// Links the entity to its city: the one the row names, else the one its coordinates lie in.
    private func locate(_ id: Int64, _ record: MappedRecord, _ outcome: inout Outcome) throws {
        let relation = Self.locating(record.kind)
        if let city = record.city {
            let resolution = try run.mentionCity(named: city.name, country: city.country, region: city.region)
            note(resolution, city, in: &outcome)
            if let cityID = resolution.id { try run.link(id, relation, cityID) }
        } else if record.locatesByPoint, let lat = record.facts.lat, let lon = record.facts.lon,
            let cityID = try run.mentionCity(nearLat: lat, lon: lon)?.id
        {
            try run.link(id, relation, cityID)
        }
    }

    private func note(_ resolution: CityResolution, _ city: PlaceName, in outcome: inout Outcome) {
        switch resolution {
        case .resolved(_, let place, let others) where others > 0:
            let within = city.country.map { " in \($0)" } ?? ""
            outcome.warnings.append(
                "city '\(city.name)' is \(place.name), \(place.region.map { "\($0), " } ?? "")\(place.country): "
                    + "the largest of \(others + 1) cities of that name\(within); give its "
                    + (city.country == nil ? "country" : "region") + " to choose another")
        case .resolved: break
        case .unresolved: outcome.unresolved.append(city)
        case .unknown: outcome.warnings.append("city '\(city.name)' is not linked: give its country")
        case .ambiguous(let count):
            outcome.warnings.append(
                "city '\(city.name)' is not linked: \(count) cities have that name; give its country")
        }
    }

    private static func locating(_ kind: EntityKind) -> Relation {
        switch kind {
        case .event: .heldIn
        case .organization: .basedIn
        case .article: .mentions
        default: .activeIn
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

extension MappedRecord.PlaceName {
    init(_ facts: EntityFacts) {
        self.init(name: facts.name, country: facts.country, region: facts.region)
    }
}
