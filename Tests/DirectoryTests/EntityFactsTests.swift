import Testing

@testable import Directory

@Suite struct EntityFactsTests {
    @Test func canonicalJSONRoundTripsEveryField() throws {
        let facts = EntityFacts(
            name: "Red \"Jurídica\"\n\\ Migrante", aliases: ["RJM", "Jurídica"], description: "tab\there",
            country: "MX", region: "CDMX", lat: 19.4326, lon: -99.1332, website: "https://red.example.org/a?b=c",
            status: "active", starts: "2018-11", ends: "2019", visibility: .partners,
            extra: ["founded": "1998", "Ñ\u{1}": "x"]
        )
        let json = facts.canonicalJSON()
        #expect(try EntityFacts(canonicalJSON: json) == facts)
        #expect(json.hasPrefix("{\"aliases\":[\"Jurídica\",\"RJM\"],\"country\":\"MX\""))
    }

    @Test func absentValuesAreLeftOut() {
        #expect(EntityFacts(name: "Tunis").canonicalJSON() == "{\"name\":\"Tunis\"}")
    }

    @Test func preparedFactsHoldTheTextTheStoreWrites() {
        let prepared = PreparedFacts(
            EntityFacts(name: "  Réseau SANS-Frontières ", extra: ["b": "2", "a": "1"]))
        #expect(prepared.json == "{\"extra\":{\"a\":\"1\",\"b\":\"2\"},\"name\":\"  Réseau SANS-Frontières \"}")
        #expect(prepared.extraJSON == "{\"a\":\"1\",\"b\":\"2\"}")
        #expect(prepared.normalized == "reseau sans frontieres")
        #expect(PreparedFacts(EntityFacts(name: "Tunis")).extraJSON == nil)
    }
}
