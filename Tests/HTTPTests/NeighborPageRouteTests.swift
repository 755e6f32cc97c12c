import Directory
import Foundation
import HTTPTypes
import HummingbirdTesting
import SanctuaryTestSupport
import Testing

/// A city with many neighbours is served a page at a time: the entity carries the first page, its counts and
/// the address of the next; `/neighbors` pages on by cursor to the end, and hidden neighbours are neither
/// listed nor counted.
///
/// Lyon works on housing and is home to 120 public organizations (Group 000 to Group 119) and 7 private ones.
@Suite struct NeighborPageRouteTests {
    let served: ServedDirectory
    let lyon: Int64
    static let groups = (0..<120).map { String(format: "Group %03d", $0) }

    init() throws {
        var lyon: Int64 = 0
        served = try ServedDirectory { run in
            lyon = try run.city("Lyon", "FR")
            let housing = try run.theme("housing")
            try run.link(lyon, .worksOn, housing)
            for name in Self.groups.reversed() {
                try run.organization(name, .public, country: "FR", basedIn: lyon, worksOn: housing)
            }
            for index in 0..<7 {
                try run.organization("Secret \(index)", .private, country: "FR", basedIn: lyon, worksOn: housing)
            }
        }
        self.lyon = lyon
    }

    @Test func theEntityCarriesItsFirstPageAndTheRestFollowsByCursor() async throws {
        let lyon = lyon
        try await served.serve { client in
            let entity = try await client.execute(uri: "/v1/entities/\(lyon)", method: .get)
            #expect(entity.status == .ok)
            let body = try entity.object()
            let first = try #require(body["neighbors"] as? [[String: Any]])
            #expect(first.count == 50)
            #expect(Self.line(first[0]) == "out works on housing")
            #expect(Self.line(first[1]) == "in home of Group 000")
            let counts = (body["neighbor_counts"] as? [[String: Any]] ?? []).map {
                "\($0["label"] as? String ?? "") \($0["count"] as? Int ?? -1)"
            }
            #expect(counts == ["works on 1", "home of 120"])

            var lines = first.map(Self.line)
            var next = body["neighbors_next"] as? String
            var pages = 1
            while let uri = next {
                let page = try await client.execute(uri: uri, method: .get)
                #expect(page.status == .ok)
                let object = try page.object()
                lines += (object["results"] as? [[String: Any]] ?? []).map(Self.line)
                next = object["next"] as? String
                pages += 1
            }
            #expect(pages == 3)
            #expect(lines == ["out works on housing"] + Self.groups.map { "in home of \($0)" })
        }
    }

    @Test func aPageHoldsAsManyAsAskedAndNoMore() async throws {
        let lyon = lyon
        try await served.serve { client in
            let all = try await client.execute(uri: "/v1/entities/\(lyon)/neighbors?limit=500", method: .get)
            let whole = try all.object()
            #expect((whole["results"] as? [[String: Any]])?.count == 121)
            #expect(whole["next"] == nil && whole["cursor"] == nil)

            let small = try await client.execute(uri: "/v1/entities/\(lyon)/neighbors?limit=7", method: .get)
            let page = try small.object()
            #expect((page["results"] as? [[String: Any]] ?? []).map(Self.line).last == "in home of Group 005")
            let cursor = try #require(page["cursor"] as? String)
            #expect(page["next"] as? String == "/v1/entities/\(lyon)/neighbors?limit=7&cursor=\(cursor)")

            for (query, parameter) in [
                ("limit=0", "limit"), ("limit=501", "limit"), ("cursor=bm90IGEgY3Vyc29y", "cursor"),
            ] {
                let refused = try await client.execute(uri: "/v1/entities/\(lyon)/neighbors?\(query)", method: .get)
                #expect(refused.status == .badRequest, "\(query)")
                #expect((try refused.object()["detail"] as? String)?.contains(parameter) == true, "\(query)")
            }
        }
    }

    private static func line(_ neighbor: [String: Any]) -> String {
        let name = (neighbor["entity"] as? [String: Any])?["name"] as? String ?? ""
        return "\(neighbor["outgoing"] as? Bool == true ? "out" : "in") \(neighbor["label"] as? String ?? "") \(name)"
    }
}
