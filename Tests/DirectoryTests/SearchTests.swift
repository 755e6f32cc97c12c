import Directory
import SanctuaryTestSupport
import Testing

@Suite struct SearchTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws { fixture = try TemporaryStore() }

    private func fill() throws {
        _ = try store.run("list") { run in
            let mexico = try run.city("Mexico City", "MX", aliases: ["Ciudad de México", "CDMX"])
            let prague = try run.city("Prague", "CZ", aliases: ["Praha"])
            let casa = try run.organization(
                "Casa de Acogida", website: "casa.example.org", country: "MX",
                description: "Refugio para personas migrantes")
            try run.link(casa, .basedIn, mexico)
            try run.link(casa, .worksOn, try run.theme("migration"))
            let spring = try run.organization("Prague Spring 2", website: "ps2.example.org", country: "CZ")
            try run.link(spring, .basedIn, prague)
            try run.link(spring, .worksOn, try run.theme("anti-fascism"))
        }
    }

    @Test(arguments: ["", "a", "al", "prague", "alpha"])
    func pagesFollowOneAnotherToTheEnd(_ words: String) throws {
        try fill()
        _ = try store.run("more") { run in
            for name in ["Alpha", "Alpha", "Beta", "Prague Alpha"] {
                try run.organization(name, website: "\(name.lowercased().replacing(" ", with: "")).example.org")
            }
            try run.organization("Alpha", website: "alpha2.example.org")
            try run.organization("Gamma", website: "gamma.example.org", description: "The alpha of Prague")
        }
        let all = try store.search(SearchQuery(text: words, limit: 100))
        #expect(all.count >= 3)
        if words.count > 2 { #expect(Set(all.map(\.rank)) == [0, 1]) }
        var paged: [SearchHit] = []
        var after: SearchPosition?
        while true {
            let page = try store.search(SearchQuery(text: words, limit: 2, after: after))
            paged += page
            guard page.count == 2, let last = page.last else { break }
            after = SearchPosition(last)
        }
        #expect(paged == all)
    }

    @Test func nearAndDatesNarrowASearch() throws {
        _ = try store.run("list") { run in
            let berlin = try run.city("Berlin", "DE", lat: 52.52, lon: 13.40)
            let potsdam = try run.city("Potsdam", "DE", lat: 52.39, lon: 13.06)
            let hamburg = try run.city("Hamburg", "DE", lat: 53.55, lon: 9.99)
            for (name, city) in [("Netz", berlin), ("Haus", potsdam), ("Hafen", hamburg)] {
                try run.link(try run.organization(name, website: "\(name.lowercased()).example.org"), .basedIn, city)
            }
            for (name, starts, ends) in [("Camp 2018", "2018-07", "2018-08"), ("Forum 2021", "2021-05", nil)] {
                try run.assert(.event, key: "event:\(name)", facts: EntityFacts(name: name, starts: starts, ends: ends))
            }
        }
        func names(_ query: SearchQuery) throws -> [String] { try store.search(query).map(\.entity.name) }
        let near = SearchQuery.Near(place: "Berlin", kilometres: 30)
        #expect(try names(SearchQuery(kind: .organization, near: near)) == ["Haus", "Netz"])
        #expect(try names(SearchQuery(near: near)) == ["Berlin", "Haus", "Netz", "Potsdam"])
        let wide = SearchQuery.Near(place: "52.52,13.40", kilometres: 300)
        #expect(try names(SearchQuery(kind: .organization, near: wide)) == ["Hafen", "Haus", "Netz"])
        let since2020 = try #require(TimeWindow(since: "2020"))
        #expect(try names(SearchQuery(kind: .event, window: since2020)) == ["Forum 2021"])
        let until2019 = try #require(TimeWindow(until: "2019"))
        #expect(try names(SearchQuery(kind: .event, window: until2019)) == ["Camp 2018"])
        #expect(try names(SearchQuery(kind: .organization, window: since2020)) == ["Hafen", "Haus", "Netz"])
    }

    @Test func wordsMatchAsPrefixesWithoutAccents() throws {
        try fill()
        #expect(try store.search(SearchQuery(text: "ciudad de mexico")).map(\.entity.name) == ["Mexico City"])
        #expect(try store.search(SearchQuery(text: "MÉXI")).map(\.entity.name) == ["Mexico City"])
        #expect(try store.search(SearchQuery(text: "refugio")).map(\.entity.name) == ["Casa de Acogida"])
    }

    @Test func themesAreSearchable() throws {
        try fill()
        #expect(
            try store.search(SearchQuery(text: "fascism", kind: .organization)).map(\.entity.name)
                == ["Prague Spring 2"])
    }

    @Test func namesRankAboveDescriptions() throws {
        try fill()
        _ = try store.run("more") { run in
            try run.organization("Migration Watch", website: "watch.example.org")
        }
        let names = try store.search(SearchQuery(text: "migration", kind: .organization)).map(\.entity.name)
        #expect(names == ["Migration Watch", "Casa de Acogida"])
    }

    @Test func ranksSayWhetherTheWordsAreInANameOrElsewhere() throws {
        try fill()
        func ranks(_ text: String) throws -> [String: Int] {
            Dictionary(
                uniqueKeysWithValues: try store.search(SearchQuery(text: text)).map { ($0.entity.name, $0.rank ?? -1) })
        }
        #expect(try ranks("cdmx") == ["Mexico City": 0])
        #expect(try ranks("casa acogida") == ["Casa de Acogida": 0])
        #expect(try ranks("refugio") == ["Casa de Acogida": 1])
        #expect(try ranks("casa refug") == ["Casa de Acogida": 1])
        #expect(try ranks("casa zzz") == [:])
        #expect(try ranks("zzzz") == [:])
    }

    /// "solid" begins 140 words, more than a search spells out (64): FTS5's own prefix query reads them, with
    /// the same answer in the same order as "solid1", which is spelled out as its 22 words.
    @Test func aPrefixOfManyWordsFindsThemAll() throws {
        let count = 70
        _ = try store.run("many") { run in
            for index in 0..<count {
                try run.organization("Solid\(index)x Network", website: "solid\(index).example.org")
                try run.organization(
                    "Network \(index)", website: "net\(index).example.org", description: "solid\(index)y")
            }
        }
        let hits = try store.search(SearchQuery(text: "solid", limit: 1000))
        #expect(hits.count == 2 * count)
        #expect(hits.prefix(count).allSatisfy { $0.rank == 0 && $0.entity.name.hasPrefix("Solid") })
        #expect(hits.suffix(count).allSatisfy { $0.rank == 1 && $0.entity.name.hasPrefix("Network") })
        #expect(
            hits.map(\.entity.id) == hits.prefix(count).map(\.entity.id).sorted()
                + hits.suffix(count).map(\.entity.id).sorted())
        let few = try store.search(SearchQuery(text: "solid1", limit: 1000))
        #expect(few.count == 2 * 11)
    }

    @Test func filtersNarrow() throws {
        try fill()
        #expect(try store.search(SearchQuery(theme: "Migration")).map(\.entity.name) == ["Casa de Acogida"])
        #expect(
            try store.search(SearchQuery(kind: .organization, place: "Praha")).map(\.entity.name)
                == ["Prague Spring 2"])
        #expect(try store.search(SearchQuery(kind: .city, country: "Mexique")).map(\.entity.name) == ["Mexico City"])
        #expect(
            try store.search(SearchQuery(kind: .organization, place: "Czechia")).map(\.entity.name)
                == ["Prague Spring 2"])
    }

    @Test func anUnknownPlaceIsAnError() throws {
        try fill()
        #expect(throws: DirectoryError.unknownPlace("Atlantis")) { try store.search(SearchQuery(place: "Atlantis")) }
    }

    @Test func aReferenceFindsByIdKeyNameOrAlias() throws {
        try fill()
        let mexico = try store.entity(reference: "CDMX")
        #expect(try store.entity(reference: "\(mexico.id)") == mexico)
        #expect(try store.entity(reference: "city:mexico city:mx") == mexico)
        #expect(try store.entity(reference: "ciudad de mexico") == mexico)
    }

    @Test func anAmbiguousNameListsItsCandidates() throws {
        try fill()
        _ = try store.run("other") { run in try run.organization("Prague", website: "prague.example.org") }
        #expect {
            try store.entity(reference: "Prague")
        } throws: { error in
            guard case DirectoryError.ambiguous(_, let candidates) = error else { return false }
            return candidates.map(\.kind) == [.city, .organization]
        }
    }
}
