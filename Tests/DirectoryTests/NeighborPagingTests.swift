import Directory
import SanctuaryTestSupport
import Testing

/// An entity's neighbours a page at a time: its own edges first, then those pointing at it, each part by
/// relation and name, and the pages together are the whole list.
///
/// Hub is based in Lyon, works on housing and is allied with Ally; Echo to Alpha are members of Hub.
@Suite struct NeighborPagingTests {
    let fixture: TemporaryStore
    let hub: Int64

    init() throws {
        fixture = try TemporaryStore()
        var hub: Int64 = 0
        _ = try fixture.store.run("list") { run in
            let lyon = try run.city("Lyon", "FR")
            let housing = try run.theme("housing")
            hub = try run.organization("Hub", .public, country: "FR", basedIn: lyon, worksOn: housing)
            try run.link(hub, .alliedWith, try run.organization("Ally", website: "ally.example.org"))
            for name in ["Echo", "Delta", "Charlie", "Bravo", "Alpha"] {
                try run.link(try run.organization(name, website: "\(name).example.org"), .memberOf, hub)
            }
        }
        self.hub = hub
    }

    @Test func theEntitysOwnEdgesComeFirstThenByRelationAndName() throws {
        let all = try fixture.store.neighbors(of: hub)
        #expect(
            all.map { "\($0.outgoing ? "out" : "in") \($0.label) \($0.entity.name)" } == [
                "out allied with Ally", "out based in Lyon", "out works on housing",
                "in has member Alpha", "in has member Bravo", "in has member Charlie",
                "in has member Delta", "in has member Echo",
            ])
    }

    @Test(arguments: [1, 3, 8]) func pagesTogetherAreTheWholeList(size: Int) throws {
        let store = fixture.store
        var pages: [[EntityDetails.Neighbor]] = []
        var after: NeighborPosition?
        repeat {
            let page = try store.neighbors(of: hub, limit: size, after: after)
            pages.append(page)
            after = page.count == size ? page.last.map(NeighborPosition.init) : nil
        } while after != nil
        #expect(pages.flatMap { $0 } == (try store.neighbors(of: hub)))
        #expect(pages.dropLast().allSatisfy { $0.count == size })
    }

    @Test func detailsCarryTheFirstPageAndCountTheWhole() throws {
        let store = fixture.store
        let details = try store.details(of: try #require(try store.entity(id: hub)), neighborLimit: 4)
        #expect(details.neighbors == Array(try store.neighbors(of: hub).prefix(4)))
        #expect(
            details.neighborCounts.map { "\($0.outgoing ? "out" : "in") \($0.label) \($0.count)" } == [
                "out allied with 1", "out based in 1", "out works on 1", "in has member 5",
            ])
    }
}
