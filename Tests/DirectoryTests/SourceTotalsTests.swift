import Directory
import GRDB
import SanctuaryTestSupport
import Testing

/// `sources` keeps each source's totals as runs and merges change them, and tells each audience only what it
/// may see.
@Suite struct SourceTotalsTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws { fixture = try TemporaryStore() }

    private func fill(partner: Bool) throws {
        _ = try store.run("list") { run in
            let berlin = try run.city("Berlin", "DE")
            let migration = try run.theme("migration")
            for (name, visibility) in [("Open", Visibility.public), ("Twin", .public), ("Hidden", .private)] {
                try run.organization(name, visibility, country: "DE", basedIn: berlin, worksOn: migration)
            }
            if partner {
                try run.organization("Partner", .partners, country: "DE", basedIn: berlin, worksOn: migration)
            }
        }
    }

    /// The totals `sources` reports for the audience, and the same counted row by row through its views.
    private func totals(_ audience: Audience) throws -> (reported: [Int], counted: [Int]) {
        let served = try DirectoryStore(path: store.path, audience: audience)
        let source = try #require(try served.sources().first { $0.name == "list" })
        let counted = try DatabaseQueue(path: store.path).read { db in
            let visible = audience == .local ? "1" : audience == .public ? "'public'" : "'public', 'partners'"
            let condition = audience == .local ? "1" : "visibility IN (\(visible))"
            let readable = "SELECT id FROM entities WHERE \(condition)"
            return [
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM claims WHERE source_id = 1 AND mention = 0 AND entity_id IN (\(readable))"
                ) ?? -1,
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM edges WHERE source_id = 1 AND src IN (\(readable)) AND dst IN (\(readable))"
                ) ?? -1,
            ]
        }
        return ([source.entities, source.edges], counted)
    }

    @Test func totalsFollowRunsAndMergesForEveryAudience() throws {
        try fill(partner: true)
        let expected: [Audience: [Int]] = [.local: [5, 8], .partners: [4, 6], .public: [3, 4]]
        for (audience, numbers) in expected {
            let (reported, counted) = try totals(audience)
            #expect(reported == numbers, "\(audience)")
            #expect(reported == counted, "\(audience)")
        }

        try fill(partner: false)
        #expect(try totals(.local).reported == [4, 6])
        #expect(try totals(.partners).reported == [3, 4])

        try store.merge(try store.entity(reference: "Twin"), into: try store.entity(reference: "Open"))
        for audience in [Audience.local, .partners, .public] {
            let (reported, counted) = try totals(audience)
            #expect(reported == counted, "\(audience)")
        }
        #expect(try totals(.local).reported == [3, 4])
    }
}
