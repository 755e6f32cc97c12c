import Directory
import SanctuaryTestSupport
import Testing

@Suite struct MergeTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws { fixture = try TemporaryStore() }

    /// Two entries for one city that keys cannot join, each with its own neighbours and source.
    private func twoSpellings() throws {
        _ = try store.run("cities") { run in
            try run.city("Mexico City", "MX", lat: 19.43, lon: -99.13)
        }
        _ = try store.run("eventos") { run in
            let city = try run.city("CDMX", "MX")
            let event = try run.assert(.event, key: "event:fsm 2018", facts: EntityFacts(name: "FSM 2018"))
            try run.link(event, .heldIn, city)
        }
    }

    @Test func mergeMovesNamesEdgesAndClaims() throws {
        try twoSpellings()
        let survivor = try store.merge(
            try store.entity(reference: "CDMX"), into: try store.entity(reference: "Mexico City"))
        #expect(survivor.name == "Mexico City")
        #expect(survivor.lat == 19.43)
        let details = try store.details(of: survivor)
        #expect(details.aliases == ["CDMX"])
        #expect(details.otherKeys == ["city:cdmx:mx"])
        #expect(details.neighbors.map(\.entity.name) == ["FSM 2018"])
        #expect(details.neighbors.first?.label == "hosts")
        #expect(Set(details.sources.map(\.name)) == ["cities", "eventos"])
        #expect(try store.entity(reference: "city:cdmx:mx").id == survivor.id)
        #expect(try store.search(SearchQuery(text: "cdmx")).map(\.entity.id) == [survivor.id])
    }

    @Test func importingAgainAfterAMergeLandsOnTheSurvivor() throws {
        try twoSpellings()
        let survivor = try store.merge(
            try store.entity(reference: "CDMX"), into: try store.entity(reference: "Mexico City"))
        let counts = try store.run("eventos") { run in
            let city = try run.city("CDMX", "MX")
            let event = try run.assert(.event, key: "event:fsm 2018", facts: EntityFacts(name: "FSM 2018"))
            try run.link(event, .heldIn, city)
        }
        #expect(counts.added == 0)
        #expect(counts.edgesAdded == 0)
        #expect(try store.statistics().byKind["city"] == 1)
        #expect(try store.entity(reference: "Mexico City").id == survivor.id)
        #expect(try store.entity(reference: "Mexico City").name == "Mexico City")
    }

    @Test func mergingDifferentKindsIsRefused() throws {
        _ = try store.run("a") { run in
            try run.city("Salvador", "BR")
            try run.organization("Salvador Solidário", website: "salvador.example.org")
        }
        let city = try store.entity(reference: "Salvador")
        let org = try store.entity(reference: "salvador.example.org")
        #expect(throws: DirectoryError.self) { try store.merge(org, into: city) }
        #expect(try store.statistics().entities == 2)
    }
}
