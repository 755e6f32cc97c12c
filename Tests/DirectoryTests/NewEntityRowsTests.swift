import Directory
import SanctuaryTestSupport
import Testing

/// New articles' rows wait to be written many at a time (`NewEntityRows`): what a run asks for them, and the
/// ids it gives, are as if each had been written when it was asserted.
@Suite struct NewEntityRowsTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws { fixture = try TemporaryStore() }

    private func article(_ run: SourceRun, _ number: Int, description: String? = nil) throws -> Int64 {
        try run.assert(
            .article, key: EntityKey.item(id: "post-\(number)", scope: "news"),
            facts: EntityFacts(name: "Post \(number)", description: description))
    }

    @Test func articlesWaitingAreFoundLinkedAndCountedAsIfWritten() throws {
        var ids: [Int: Int64] = [:]
        var cities: [Int64] = []
        let counts = try store.run("news") { run in
            for number in 0..<150 {
                if number % 10 == 0 { cities.append(try run.city("Town \(number)", "FR")) }
                let id = try article(run, number)
                ids[number] = id
                try run.linkMention(id, cities.last!)
                if number % 3 == 0 { try run.link(id, .mentions, cities[0]) }
            }
            // The same items again: one long written, one still waiting (150 is not a multiple of 64).
            #expect(try article(run, 5, description: "fifth") == ids[5])
            #expect(try article(run, 149, description: "last") == ids[149])
        }
        #expect(counts.added == 150 + 15)
        #expect(Set(ids.values).count == 150)
        #expect(Set(ids.values).isDisjoint(with: cities))

        let last = try store.details(of: try store.entity(reference: String(ids[149]!)))
        #expect(last.entity.name == "Post 149")
        #expect(last.entity.description == "last")
        #expect(last.neighbors.map(\.entity.id) == [cities[14]])
        #expect(try store.entity(reference: String(ids[5]!)).description == "fifth")
        let first = try store.details(of: try store.entity(reference: String(ids[0]!)))
        #expect(first.neighbors.map(\.entity.id) == [cities[0]])
        #expect(try store.search(SearchQuery(text: "post", limit: 500)).count == 150)
    }

    @Test func idsOfRemovedEntitiesAreNotGivenAgain() throws {
        var first: [Int64] = []
        _ = try store.run("news") { run in
            for number in 0..<70 { first.append(try article(run, number)) }
        }
        let removed = try store.run("news") { run in
            for number in 0..<10 { _ = try article(run, number) }
        }
        #expect(removed.removed == 60)

        var second: [Int64] = []
        _ = try store.run("more") { run in
            for number in 100..<103 {
                second.append(try article(run, number))
                second.append(try run.city("Town \(number)", "FR"))
            }
        }
        #expect(second == (1...6).map { first.max()! + Int64($0) })
        #expect(try store.entity(reference: String(second[5])).name == "Town 102")
        #expect(try store.entity(reference: String(second[4])).name == "Post 102")
    }
}
