import Directory
import SanctuaryTestSupport
import Testing

@Suite struct SourceRunTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws { fixture = try TemporaryStore() }

    @Test func importingTheSameRecordsTwiceChangesNothing() throws {
        let records: (SourceRun) throws -> Void = { run in
            let mexico = try run.city("Mexico City", "MX", aliases: ["Ciudad de México"], lat: 19.43, lon: -99.13)
            let org = try run.organization("Red Jurídica", website: "https://red.example.org", country: "MX")
            try run.link(org, .basedIn, mexico)
            try run.link(org, .worksOn, try run.theme("migration"))
        }
        let first = try store.run("list", records)
        #expect(first.added == 3)
        #expect(first.edgesAdded == 2)
        let before = try store.search(SearchQuery(limit: 100))
        let second = try store.run("list", records)
        #expect(second.added == 0)
        #expect(second.updated == 0)
        #expect(second.unchanged == 2)
        #expect(second.edgesAdded == 0)
        #expect(try store.search(SearchQuery(limit: 100)) == before)
    }

    @Test func aChangedRecordIsAnUpdate() throws {
        _ = try store.run("list") { try $0.organization("CETRI", website: "cetri.be", description: "old") }
        let counts = try store.run("list") {
            try $0.organization("CETRI", website: "https://www.cetri.be/", description: "new")
        }
        #expect(counts.updated == 1)
        #expect(try store.entity(reference: "cetri.be").description == "new")
    }

    @Test func snapshotRetractsWhatTheSourceNoLongerSays() throws {
        _ = try store.run("cities") { run in
            try run.city("Toronto", "CA")
            try run.city("Montreal", "CA")
        }
        let counts = try store.run("cities") { run in try run.city("Toronto", "CA") }
        #expect(counts.retracted == 1)
        #expect(counts.removed == 1)
        #expect(throws: DirectoryError.notFound("Montreal")) { try store.entity(reference: "Montreal") }
    }

    @Test func snapshotKeepsWhatAnotherSourceStillSays() throws {
        _ = try store.run("a") { try $0.city("Montreal", "CA", lat: 45.5, lon: -73.6) }
        _ = try store.run("b") { try $0.city("Montréal", "CA") }
        let counts = try store.run("a") { _ in }
        #expect(counts.retracted == 1)
        #expect(counts.removed == 0)
        let montreal = try store.entity(reference: "Montreal")
        #expect(montreal.name == "Montréal")
        #expect(montreal.lat == nil)
        #expect(try store.details(of: montreal).sources.map(\.name) == ["b"])
    }

    @Test func appendModeRetractsNothing() throws {
        _ = try store.run("feed", mode: .append) { try $0.city("Dakar", "SN") }
        let counts = try store.run("feed", mode: .append) { try $0.city("Bamako", "ML") }
        #expect(counts.retracted == 0)
        #expect(try store.entity(reference: "Dakar").country == "SN")
    }

    @Test func retractedEdgesGoUnlessAnotherSourceAssertsThem() throws {
        let link: (SourceRun) throws -> Void = { run in
            let org = try run.organization("Casa Migrante", website: "casa.example.org")
            try run.link(org, .worksOn, try run.theme("migration"))
        }
        _ = try store.run("a", link)
        _ = try store.run("b", link)
        let withoutEdge: (SourceRun) throws -> Void = { run in
            try run.organization("Casa Migrante", website: "casa.example.org")
        }
        #expect(try store.run("a", withoutEdge).edgesRetracted == 0)
        #expect(try store.search(SearchQuery(theme: "migration")).count == 1)
        #expect(try store.run("b", withoutEdge).edgesRetracted == 1)
        // The theme went with the last edge to it.
        #expect(throws: DirectoryError.unknownTheme("migration")) { try store.search(SearchQuery(theme: "migration")) }
    }

    @Test func aRunThatThrowsWritesNothing() throws {
        struct Abort: Error {}
        _ = try store.run("a") { try $0.city("Tunis", "TN") }
        #expect(throws: Abort.self) {
            try store.run("a") { run in
                try run.city("Rabat", "MA")
                throw Abort()
            }
        }
        #expect(try store.entity(reference: "Tunis").country == "TN")
        #expect(throws: DirectoryError.notFound("Rabat")) { try store.entity(reference: "Rabat") }
        #expect(try store.sources().first?.runs == 1)
    }

    @Test func anOrganizationNamedFirstTakesItsWebsiteIdentityLater() throws {
        _ = try store.run("campaigns") { run in
            let organizer = try run.mention(.organization, key: "org:cetri", facts: EntityFacts(name: "CETRI"))
            let campaign = try run.assert(.campaign, key: "campaign:wsf 2020", facts: EntityFacts(name: "WSF 2020"))
            try run.link(organizer, .organizes, campaign)
        }
        _ = try store.run("orgs") { try $0.organization("CETRI", website: "https://cetri.be", country: "BE") }
        let cetri = try store.entity(reference: "CETRI")
        #expect(cetri.key == "cetri.be")
        let details = try store.details(of: cetri)
        #expect(details.neighbors.map(\.entity.name) == ["WSF 2020"])
        #expect(details.otherKeys == ["org:cetri"])
    }

    @Test func twoRecordsForOneEntityInOneRunAreOneClaim() throws {
        let counts = try store.run("list") { run in
            try run.organization("CETRI", website: "cetri.be")
            try run.organization("Centre tricontinental", website: "http://www.cetri.be/", description: "research")
        }
        #expect(counts.added == 1)
        let details = try store.details(of: try store.entity(reference: "cetri.be"))
        #expect(details.entity.name == "CETRI")
        #expect(details.entity.description == "research")
        #expect(details.aliases == ["Centre tricontinental"])
    }
}
