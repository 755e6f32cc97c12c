import Directory
import SanctuaryTestSupport
import Testing

/// Paths on small graphs whose answers are known.
@Suite struct ConnectionTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws { fixture = try TemporaryStore() }

    /// Builds a graph of organizations named by letters, and the edges given as `"A member_of B"`.
    private func graph(_ edges: [String], extra: (SourceRun, [String: Int64]) throws -> Void = { _, _ in }) throws {
        _ = try store.run("graph") { run in
            var ids: [String: Int64] = [:]
            func id(_ name: String) throws -> Int64 {
                if let known = ids[name] { return known }
                let created = try run.organization(name, website: "\(name.lowercased()).example.org")
                ids[name] = created
                return created
            }
            for edge in edges {
                let words = edge.split(separator: " ").map(String.init)
                try run.link(try id(words[0]), Relation(rawValue: words[1])!, try id(words[2]))
            }
            try extra(run, ids)
        }
    }

    private func paths(
        _ from: String, _ to: String, depth: Int = 6, count: Int = 3, filter: GraphFilter = GraphFilter()
    ) throws -> [String] {
        let found = try store.connections(
            ConnectionQuery(from: from, to: to, maxDepth: depth, paths: count, filter: filter))
        return found.paths.map { path in
            ([path.hops.first?.from.name ?? from]
                + path.hops.map { "-\($0.links.map(\.label).joined(separator: ","))-> \($0.to.name)" })
                .joined(separator: " ")
        }
    }

    @Test func aChainReadsInTheDirectionOfThePath() throws {
        try graph(["A member_of B", "C member_of B"])
        #expect(try paths("A", "C") == ["A -member of-> B -has member-> C"])
        #expect(try paths("C", "A") == ["C -member of-> B -has member-> A"])
    }

    @Test func tiesComeInAFixedOrderAndTheKthPathIsTheNextLongest() throws {
        try graph([
            "A member_of X", "X member_of C", "A member_of Y", "Y member_of C",
            "A supports P", "P supports Q", "Q supports C",
        ])
        #expect(
            try paths("A", "C", count: 3) == [
                "A -member of-> X -member of-> C", "A -member of-> Y -member of-> C",
                "A -supports-> P -supports-> Q -supports-> C",
            ])
        #expect(try paths("A", "C", count: 1) == ["A -member of-> X -member of-> C"])
    }

    @Test func cyclesGiveSimplePathsOnly() throws {
        try graph(["A allied_with B", "B allied_with C", "C allied_with A", "C member_of D"])
        let found = try paths("A", "D", count: 5)
        #expect(found == ["A -allied with-> C -member of-> D", "A -allied with-> B -allied with-> C -member of-> D"])
    }

    @Test func disconnectedPartsHaveNoPathAndThatIsAnAnswer() throws {
        try graph(["A member_of B", "C member_of D"])
        let found = try store.connections(ConnectionQuery(from: "A", to: "D"))
        #expect(found.paths.isEmpty)
        #expect(found.from.name == "A" && found.to.name == "D")
    }

    @Test func anEntityIsLinkedToItselfByAPathOfNoStep() throws {
        try graph(["A member_of B"])
        let found = try store.connections(ConnectionQuery(from: "A", to: "a.example.org"))
        #expect(found.paths.map(\.length) == [0])
        #expect(found.paths[0].hops.isEmpty)
    }

    @Test func hubsAreNotPassedThrough() throws {
        try graph(["A member_of H", "C member_of H", "D member_of H", "A supports P", "P supports Q", "Q supports C"])
        #expect(try paths("A", "C", count: 1) == ["A -member of-> H -has member-> C"])
        let narrow = GraphFilter(maxDegree: 2)
        #expect(try paths("A", "C", count: 1, filter: narrow) == ["A -supports-> P -supports-> Q -supports-> C"])
        #expect(try paths("A", "H", count: 1, filter: narrow) == ["A -member of-> H"], "an end is never a hub")
    }

    @Test func aHubIsToldByItsLinksWhateverTheirSources() throws {
        try graph(["A member_of H", "C member_of H", "D member_of H"])
        _ = try store.run("second source") { run in
            let a = try run.organization("A", website: "a.example.org")
            let h = try run.organization("H", website: "h.example.org")
            try run.link(a, .memberOf, h)
        }
        let throughH = ["A -member of-> H -has member-> C"]
        #expect(try paths("A", "C", filter: GraphFilter(maxDegree: 3)) == throughH, "two sources, one link")
        #expect(try paths("A", "C", filter: GraphFilter(maxDegree: 2)).isEmpty)

        try graph(["A member_of H", "C member_of H"])
        #expect(try paths("A", "C", filter: GraphFilter(maxDegree: 2)) == throughH, "a retracted link stops counting")

        try graph(["A member_of H", "C member_of H", "D member_of H", "D allied_with A"])
        _ = try store.merge(store.entity(reference: "D"), into: store.entity(reference: "C"))
        #expect(
            try paths("A", "C", filter: GraphFilter(maxDegree: 2)) == ["A -allied with-> C"] + throughH,
            "a link merged into one the survivor has counts once")
    }

    @Test func pathsPassOnlyThroughTheKindsAndCountryAskedFor() throws {
        try graph([]) { run, _ in
            let a = try run.organization("A", website: "a.example.org", country: "BR")
            let b = try run.organization("B", website: "b.example.org", country: "MX")
            let c = try run.organization("C", website: "c.example.org", country: "BR")
            let k = try run.assert(.campaign, key: "campaign:k", facts: EntityFacts(name: "K"))
            try run.link(a, .memberOf, b)
            try run.link(b, .memberOf, c)
            try run.link(a, .supports, k)
            try run.link(c, .supports, k)
        }
        let throughB = "A -member of-> B -member of-> C", throughK = "A -supports-> K -supported by-> C"
        #expect(try paths("A", "C") == [throughB, throughK])
        #expect(try paths("A", "C", filter: GraphFilter(country: "Brazil")) == [throughK], "K has no country")
        #expect(try paths("A", "C", filter: GraphFilter(kinds: [.organization])) == [throughB])
        #expect(
            try paths("A", "B", count: 1, filter: GraphFilter(country: "BR")) == ["A -member of-> B"], "an end counts")
        #expect(throws: DirectoryError.unknownPlace("Atlantis")) {
            try store.connections(ConnectionQuery(from: "A", to: "C", filter: GraphFilter(country: "Atlantis")))
        }
    }

    @Test func themesCanBeSkipped() throws {
        try graph([]) { run, _ in
            let a = try run.organization("A", website: "a.example.org")
            let c = try run.organization("C", website: "c.example.org")
            let migration = try run.theme("migration")
            try run.link(a, .worksOn, migration)
            try run.link(c, .worksOn, migration)
        }
        #expect(try paths("A", "C") == ["A -works on-> migration -worked on by-> C"])
        #expect(try paths("A", "C", filter: GraphFilter(skipThemes: true)).isEmpty)
        #expect(try paths("A", "migration", filter: GraphFilter(skipThemes: true)) == ["A -works on-> migration"])
    }

    @Test func onlyTheGivenRelationsAreFollowed() throws {
        try graph(["A member_of B", "B member_of C", "A supports C"])
        #expect(try paths("A", "C", count: 1) == ["A -supports-> C"])
        let members = GraphFilter(relations: [.memberOf])
        #expect(try paths("A", "C", filter: members) == ["A -member of-> B -member of-> C"])
    }

    @Test func theDepthLimitsThePaths() throws {
        try graph(["A member_of B", "B member_of C", "C member_of D"])
        #expect(try paths("A", "D", depth: 2).isEmpty)
        #expect(try paths("A", "D", depth: 3) == ["A -member of-> B -member of-> C -member of-> D"])
    }

    @Test func eventsOutsideTheTimeWindowAreLeftOut() throws {
        try graph(["A organizes E2"]) { run, ids in
            let forum = try run.assert(
                .event, key: "event:forum 2018", facts: EntityFacts(name: "Forum 2018", starts: "2018-11-02"))
            try run.link(ids["A"]!, .organizes, forum)
            let city = try run.city("Mexico City", "MX")
            try run.link(forum, .heldIn, city)
        }
        #expect(try paths("A", "Mexico City") == ["A -organizes-> Forum 2018 -held in-> Mexico City"])
        let later = GraphFilter(window: TimeWindow(since: "2019")!)
        #expect(try paths("A", "Mexico City", filter: later).isEmpty)
        let that = GraphFilter(window: TimeWindow(since: "2018-11", until: "2018-11")!)
        #expect(try paths("A", "Mexico City", filter: that).count == 1)
        #expect(try paths("Mexico City", "A") == ["Mexico City -hosts-> Forum 2018 -organized by-> A"])
        #expect(TimeWindow(since: "2018-13") == nil && TimeWindow(until: "18") == nil)
        #expect(TimeWindow(since: "2018-02-31") != nil, "a day is checked for its range, not its month")
    }

    @Test func everyHopCarriesTheSourcesThatAssertIt() throws {
        try graph(["A member_of B"])
        _ = try store.run("second list", mode: .append) { run in
            let a = try run.organization("A", website: "a.example.org")
            let b = try run.organization("B", website: "b.example.org")
            try run.link(a, .memberOf, b)
            try run.link(a, .supports, b)
        }
        let found = try store.connections(ConnectionQuery(from: "A", to: "B"))
        let links = try #require(found.paths.first?.hops.first?.links)
        #expect(links.map(\.label) == ["member of", "supports"])
        #expect(links.map(\.sources) == [["graph", "second list"], ["second list"]])
    }
}
