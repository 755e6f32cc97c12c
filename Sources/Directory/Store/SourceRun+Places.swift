import GRDB

extension SourceRun {
    /// How far from a city's centre a point may lie and still be placed in it: its outskirts and suburbs,
    /// not the next town (the gazetteer's cities have 15,000 or more inhabitants).
    public static let cityRadiusKilometres = 25.0

    /// Records a city this source describes (a row of a list of cities): the gazetteer's city of that name, in
    /// its country and region when given; else a city keyed by name and country.
    public func assertCity(_ facts: EntityFacts) throws -> CityResolution {
        if let found = try placeMatch(facts) {
            let key = Self.placeKey(found.place)
            let id = try claim(.city, key: key, PreparedFacts(facts), isMention: false, place: found.place)
            return .resolved(id, found.place, others: found.others)
        }
        guard let key = EntityKey.make(kind: .city, name: facts.name, country: facts.country, website: nil) else {
            return .unknown
        }
        return .unresolved(try claim(.city, key: key, PreparedFacts(facts), isMention: false))
    }

    /// Records a city a record names in passing (an organization's city, an event's venue).
    public func mentionCity(named name: String, country: String?, region: String?) throws -> CityResolution {
        if let found = try placeMatch(EntityFacts(name: name, country: country, region: region)) {
            return .resolved(try mentionPlace(found.place, as: name), found.place, others: found.others)
        }
        if let key = EntityKey.make(kind: .city, name: name, country: country, website: nil) {
            let facts = EntityFacts(name: name, country: country, region: region)
            return .unresolved(try mention(.city, key: key, facts: facts))
        }
        let known = try entities(.city, named: name)
        switch known.count {
        case 0: return .unknown
        case 1: return .unresolved(known[0])
        default: return .ambiguous(known.count)
        }
    }

    /// Records the city a point lies in, named in passing: of the gazetteer's cities within
    /// ``cityRadiusKilometres``, the one it belongs to (a district's point belongs to its city).
    public func mentionCity(nearLat lat: Double, lon: Double) throws -> CityResolution? {
        let locator = try cityLocator ?? CityLocator(db: db)
        cityLocator = locator
        guard let geonameid = locator.city(around: lat, lon, withinKilometres: Self.cityRadiusKilometres),
            let place = try locatedPlaces[geonameid] ?? Gazetteer(db: db).place(geonameid)
        else { return nil }
        locatedPlaces[geonameid] = place
        return .resolved(try mentionPlace(place, as: place.name), place, others: 0)
    }

    /// The key of the entity that `facts` describe, as ``assertCity(_:)`` would find it for a city.
    func identityKey(_ kind: EntityKind, _ facts: EntityFacts) throws -> String? {
        if kind == .city, let found = try placeMatch(facts) { return Self.placeKey(found.place) }
        return EntityKey.make(kind: kind, name: facts.name, country: facts.country, website: facts.website)
    }

    static func placeKey(_ place: Place) -> String {
        "city:geonames:\(place.geonameid)"
    }

    /// A city named in passing is called by the gazetteer's name, with the source's spelling as an alias: a
    /// list that says "Frankfurt" means Frankfurt am Main, and should say so.
    private func mentionPlace(_ place: Place, as name: String) throws -> Int64 {
        let key = Self.placeKey(place)
        if let id = mentioned[key] { return id }
        let facts = EntityFacts(name: place.name, aliases: [name], country: place.country)
        let id = try claim(.city, key: key, PreparedFacts(facts), isMention: true, place: place)
        mentioned[key] = id
        return id
    }

    func placeMatch(_ facts: EntityFacts) throws -> Gazetteer.Match? {
        var point: (lat: Double, lon: Double)?
        if let lat = facts.lat, let lon = facts.lon { point = (lat, lon) }
        let cacheKey = [facts.name, facts.country ?? "", facts.region ?? "", point.map { "\($0.lat),\($0.lon)" } ?? ""]
            .joined(separator: "\t")
        if let known = placeMatches[cacheKey] { return known.match }
        let match = try Gazetteer(db: db).match(
            name: facts.name, country: facts.country, region: facts.region, near: point)
        placeMatches[cacheKey] = PlaceLookup(match: match)
        return match
    }
}

/// A gazetteer lookup remembered for the run, found or not.
struct PlaceLookup {
    var match: Gazetteer.Match?
}
