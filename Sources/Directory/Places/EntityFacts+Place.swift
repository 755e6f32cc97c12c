extension EntityFacts {
    /// These facts with the gazetteer's filling what the sources left out: country, region, coordinates.
    func filled(from place: Place) -> EntityFacts {
        var facts = self
        facts.country = country ?? place.country
        facts.region = region ?? place.region
        if lat == nil || lon == nil {
            facts.lat = place.lat
            facts.lon = place.lon
        }
        return facts
    }
}
