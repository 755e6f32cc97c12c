import Directory
import Foundation
import SanctuaryTestSupport
import Testing

/// Who, and convergences, on a small graph whose answers are known:
///
/// - Porto Alegre: Fórum (migration, anti-fascism), Coletivo (migration); Fórum supports Charter.
/// - Berlin: Bündnis (anti-fascism, 2015 edge to housing), Netz (migration); both support Charter.
/// - Wien: Haus (migration), the Charter's own theme is solidarity.
@Suite struct ConvergenceTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws {
        fixture = try TemporaryStore()
        _ = try store.run("list") { run in
            let porto = try run.city("Porto Alegre", "BR")
            let berlin = try run.city("Berlin", "DE")
            let wien = try run.city("Wien", "AT")
            let migration = try run.theme("migration"), antifascism = try run.theme("anti-fascism")
            let solidarity = try run.theme("solidarity")
            let charter = try run.assert(.campaign, key: "campaign:charter", facts: EntityFacts(name: "Charter"))
            try run.link(charter, .worksOn, solidarity)
            func organization(_ name: String, _ country: String, in city: Int64, on themes: [Int64]) throws -> Int64 {
                let id = try run.organization(name, website: "\(name.lowercased()).example.org", country: country)
                try run.link(id, .basedIn, city)
                for theme in themes { try run.link(id, .worksOn, theme) }
                return id
            }
            let forum = try organization("Fórum", "BR", in: porto, on: [migration, antifascism])
            _ = try organization("Coletivo", "BR", in: porto, on: [migration])
            let bundnis = try organization("Bündnis", "DE", in: berlin, on: [antifascism])
            let netz = try organization("Netz", "DE", in: berlin, on: [migration])
            _ = try organization("Haus", "AT", in: wien, on: [migration])
            for supporter in [forum, bundnis, netz] { try run.link(supporter, .supports, charter) }
        }
    }

    @Test func whoWorksOnEveryThemeInThePlace() throws {
        func who(_ themes: [String], in place: String? = nil) throws -> [String] {
            try store.who(WhoQuery(themes: themes, place: place)).map(\.entity.name)
        }
        #expect(try who(["migration", "anti-fascism"]) == ["Fórum"])
        #expect(try who(["migration"], in: "Porto Alegre") == ["Coletivo", "Fórum"])
        #expect(try who(["migration"], in: "DE") == ["Netz"])
        #expect(try who(["migration"], in: "Austria") == ["Haus"])
        let hit = try #require(try store.who(WhoQuery(themes: ["migration"], place: "Berlin")).first)
        #expect(hit.edges.map { "\($0.label) \($0.entity.name)" } == ["works on migration", "based in Berlin"])
        #expect(throws: DirectoryError.unknownTheme("gardening")) { try who(["gardening"]) }
    }

    /// A time window reads the edges; without one, the tables kept per theme and place answer: the same.
    @Test func theKeptTablesAnswerAsTheEdgesDo() throws {
        let always = try #require(TimeWindow(since: "1900"))
        for place in [nil, "Porto Alegre", "DE", "Austria", "Berlin", "Brazil"] {
            for themes in [["migration"], ["anti-fascism"], ["migration", "anti-fascism"]] {
                for kind in [nil, EntityKind.organization, .city] {
                    let kept = try store.who(WhoQuery(themes: themes, place: place, kind: kind))
                    let read = try store.who(WhoQuery(themes: themes, place: place, kind: kind, window: always))
                    #expect(kept == read, "\(themes) in \(place ?? "-") of kind \(kind?.rawValue ?? "-")")
                }
            }
        }
        let brazil = try store.who(WhoQuery(themes: ["migration"], place: "Brazil"))
        #expect(brazil.map(\.entity.name) == ["Coletivo", "Fórum"])
        for limit in 0...2 {
            let kept = try store.who(WhoQuery(themes: ["migration"], place: "Brazil", limit: limit))
            #expect(kept.map(\.entity.name) == Array(brazil.map(\.entity.name).prefix(limit)))
        }
        for limit in 1...3 {
            let kept = try store.convergingPlaces(ConvergenceFilter(limit: limit))
            #expect(kept.count == limit)
            #expect(kept == (try store.convergingPlaces(ConvergenceFilter(window: always, limit: limit))))
        }
    }

    @Test func placesRankByTheThemesThatMeetThere() throws {
        let places = try store.convergingPlaces(ConvergenceFilter())
        // Porto Alegre and Berlin tie on two themes and two entities: the older city comes first.
        #expect(places.map(\.city.name) == ["Porto Alegre", "Berlin", "Wien"])
        let berlin = places[1]
        #expect(berlin.themes.map(\.theme.name) == ["anti-fascism", "migration"])
        #expect(berlin.entities == 2)
        #expect(try store.convergingPlaces(ConvergenceFilter(), minThemes: 2).count == 2)
        let one = try store.convergingPlaces(ConvergenceFilter(place: "Porto Alegre"))
        #expect(one.map(\.city.name) == ["Porto Alegre"])
        #expect(
            one[0].themes.map { "\($0.theme.name): \($0.entities.map(\.name))" } == [
                "migration: [\"Coletivo\", \"Fórum\"]", "anti-fascism: [\"Fórum\"]",
            ])
    }

    @Test func themesMeetInPlacesAndCampaigns() throws {
        let found = try store.convergences(of: ["migration", "anti-fascism"], ConvergenceFilter())
        #expect(found.places.map(\.city.name) == ["Porto Alegre", "Berlin"])
        #expect(found.campaigns.map(\.campaign.name) == ["Charter"])
        let solidarity = try store.convergences(of: ["solidarity", "anti-fascism"], ConvergenceFilter())
        #expect(solidarity.places.isEmpty)
        #expect(solidarity.campaigns.map(\.campaign.name) == ["Charter"])
    }

    @Test func campaignsRankByThemesAndCountries() throws {
        let campaign = try #require(try store.convergingCampaigns(ConvergenceFilter()).first)
        #expect(campaign.campaign.name == "Charter")
        #expect(campaign.themes.map(\.theme.name).sorted() == ["anti-fascism", "migration", "solidarity"])
        #expect(campaign.countries == ["BR", "DE"])
        #expect(campaign.participants.map(\.name) == ["Bündnis", "Fórum", "Netz"])
        let german = try #require(try store.convergingCampaigns(ConvergenceFilter(country: "DE")).first)
        #expect(german.countries == ["DE"])
    }

    @Test func campaignsAreRankedBeforeTheTopIsReadInFull() throws {
        _ = try store.run("appeals") { run in
            let migration = try run.theme("migration")
            func campaign(_ name: String, supporters: [(String, String)]) throws {
                let id = try run.assert(.campaign, key: "campaign:\(name)", facts: EntityFacts(name: name))
                for (name, country) in supporters {
                    let supporter = try run.organization(
                        name, website: "\(name.lowercased()).example.org", country: country)
                    try run.link(supporter, .worksOn, migration)
                    try run.link(supporter, .supports, id)
                }
            }
            try campaign("Local", supporters: [("Netz", "DE")])
            try campaign("Appeal", supporters: [("Haus", "AT"), ("Coletivo", "BR")])
            try campaign("Silent", supporters: [])
        }
        let all = try store.convergingCampaigns(ConvergenceFilter())
        #expect(all.map(\.campaign.name) == ["Charter", "Appeal", "Local"])
        #expect(all[1].countries == ["AT", "BR"])
        #expect(all[1].participants.map(\.name) == ["Coletivo", "Haus"])
        for limit in 0...3 {
            #expect(try store.convergingCampaigns(ConvergenceFilter(limit: limit)) == Array(all.prefix(limit)))
        }
    }

    @Test func pairsWeighRareSharedNeighboursMore() throws {
        let pairs = try store.convergingPairs(ConvergenceFilter())
        func weight(_ degree: Double) -> Double { 1 / log(degree) }
        let expected: [(String, Double)] = [
            ("Fórum+Bündnis", weight(2) + weight(3)),  // anti-fascism (2 work on it), Charter (3 support it)
            ("Bündnis+Netz", weight(2) + weight(3)),  // Berlin (2 there), Charter
            ("Fórum+Coletivo", weight(2) + weight(4)),  // Porto Alegre, migration (4 work on it)
            ("Fórum+Netz", weight(4) + weight(3)),  // migration, Charter
        ]
        for (pair, (name, score)) in zip(pairs, expected) {
            #expect("\(pair.first.name)+\(pair.second.name)" == name)
            #expect(abs(pair.score - score) < 1e-9, "\(name)")
        }
        #expect(pairs[0].shared.map(\.entity.name) == ["anti-fascism", "Charter"])
        #expect(pairs.count == 8)
        #expect(pairs.dropFirst(4).allSatisfy { abs($0.score - weight(4)) < 1e-9 }, "sharing only migration")
        let narrow = try store.convergingPairs(ConvergenceFilter(), maxDegree: 3)
        #expect(narrow.allSatisfy { pair in pair.shared.allSatisfy { $0.degree <= 3 } })
        #expect(narrow.map { "\($0.first.name)+\($0.second.name)" }.prefix(2) == ["Fórum+Bündnis", "Bündnis+Netz"])
    }
}
