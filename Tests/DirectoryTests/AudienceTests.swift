import Directory
import SanctuaryTestSupport
import Testing

/// What a served audience reads: public, partners and private entities, and a sensitive shelter, seen
/// through every question the store answers.
///
/// Berlin has Open (public), Partner (partners), Hidden (private) and Shelter (public, sensitive, with a
/// position of its own), all working on migration; Far is in Hamburg. The only path from Open to Far passes
/// through Hidden; Partner is a member of Open.
@Suite struct AudienceTests {
    let fixture: TemporaryStore
    let served: [Audience: DirectoryStore]

    init() throws {
        fixture = try TemporaryStore()
        _ = try fixture.store.run("list") { run in
            let berlin = try run.city("Berlin", "DE", lat: 52.52, lon: 13.40)
            let hamburg = try run.city("Hamburg", "DE", lat: 53.55, lon: 9.99)
            let migration = try run.theme("migration")
            func organization(
                _ name: String, _ visibility: Visibility, in city: Int64, sensitive: Bool = false, lat: Double? = nil,
                lon: Double? = nil
            ) throws -> Int64 {
                try run.organization(
                    name, visibility, sensitive: sensitive, lat: lat, lon: lon, country: "DE", basedIn: city,
                    worksOn: migration)
            }
            let open = try organization("Open", .public, in: berlin)
            let partner = try organization("Partner", .partners, in: berlin)
            let hidden = try organization("Hidden", .private, in: berlin)
            _ = try organization("Shelter", .public, in: berlin, sensitive: true, lat: 52.5301, lon: 13.3849)
            let far = try organization("Far", .public, in: hamburg)
            try run.link(open, .alliedWith, hidden)
            try run.link(hidden, .alliedWith, far)
            try run.link(partner, .memberOf, open)
        }
        var served: [Audience: DirectoryStore] = [:]
        for audience in [Audience.public, .partners] {
            served[audience] = try DirectoryStore(path: fixture.store.path, audience: audience)
        }
        served[.local] = fixture.store
        self.served = served
    }

    private func store(_ audience: Audience) throws -> DirectoryStore { try #require(served[audience]) }

    private static let organizations: [Audience: [String]] = [
        .public: ["Far", "Open", "Shelter"],
        .partners: ["Far", "Open", "Partner", "Shelter"],
        .local: ["Far", "Hidden", "Open", "Partner", "Shelter"],
    ]

    @Test(arguments: [Audience.public, .partners, .local])
    func searchAndLookupSeeOnlyWhatTheAudienceMay(_ audience: Audience) throws {
        let store = try store(audience)
        let found = try store.search(SearchQuery(kind: .organization, limit: 100)).map(\.entity.name)
        #expect(found == Self.organizations[audience])
        #expect(try store.search(SearchQuery(text: "hidden")).count == (audience == .local ? 1 : 0))
        if audience != .local {
            #expect(throws: DirectoryError.notFound("Hidden")) { try store.entity(reference: "Hidden") }
            #expect(throws: DirectoryError.notFound("hidden.example.org")) {
                try store.entity(reference: "hidden.example.org")
            }
        }
        let statistics = try store.statistics()
        #expect(statistics.byKind["organization"] == Self.organizations[audience]?.count)
    }

    @Test(arguments: [Audience.public, .partners, .local])
    func neighboursAndGraphAnswersLeaveOutWhatIsHidden(_ audience: Audience) throws {
        let store = try store(audience)
        let open = try store.details(of: store.entity(reference: "Open"))
        let neighbours = open.neighbors.map(\.entity.name).sorted()
        let expected: [Audience: [String]] = [
            .public: ["Berlin", "migration"], .partners: ["Berlin", "Partner", "migration"],
            .local: ["Berlin", "Hidden", "Partner", "migration"],
        ]
        #expect(neighbours == expected[audience])

        let allies = GraphFilter(relations: [.alliedWith])
        let paths = try store.connections(ConnectionQuery(from: "Open", to: "Far", filter: allies)).paths
        #expect(paths.count == (audience == .local ? 1 : 0))

        for place in ["DE", "Berlin"] {
            let who = try store.who(WhoQuery(themes: ["migration"], place: place, kind: .organization))
            let names = who.map(\.entity.name).sorted()
            let expected = (Self.organizations[audience] ?? []).filter { place == "DE" || $0 != "Far" }
            #expect(names == expected, "in \(place)")
        }
        let berlin = try #require(try store.convergingPlaces(ConvergenceFilter()).first { $0.city.name == "Berlin" })
        #expect(berlin.entities == (Self.organizations[audience] ?? []).filter { $0 != "Far" }.count)
    }

    @Test(arguments: [Audience.public, .partners])
    func aSensitiveEntityIsServedWithItsCityOnly(_ audience: Audience) throws {
        let store = try store(audience)
        let shelter = try store.entity(reference: "Shelter")
        #expect(shelter.sensitive)
        #expect(shelter.lat == nil && shelter.lon == nil)
        let near = try store.near(NearQuery(place: "52.5301,13.3849", kilometres: 1))
        #expect(near.results.map(\.entity.name).contains("Shelter") == false)
        let atBerlin = try store.near(NearQuery(place: "Berlin", kilometres: 1)).results
        let placed = try #require(atBerlin.first { $0.entity.name == "Shelter" })
        #expect(placed.via?.name == "Berlin")
        #expect(placed.kilometres == 0)

        let local = try fixture.store.entity(reference: "Shelter")
        #expect(local.lat == 52.5301)
    }

    @Test func aServedStoreCannotWrite() throws {
        let store = try store(.public)
        let open = try store.entity(reference: "Open")
        #expect(throws: DirectoryError.self) { try store.setVisibility(of: open, to: .private) }
        #expect(try fixture.store.entity(reference: "Open").visibility == .public)
    }
}
