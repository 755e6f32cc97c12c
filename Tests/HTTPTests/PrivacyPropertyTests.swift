import Directory
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SanctuaryTestSupport
import Testing

/// Whatever the directory, no answer reveals what its asker may not see. Each seed draws a directory
/// (`RandomDirectory`); every route is asked as the public and as a partner, about every entity, theme, city
/// and pair drawn, and every answer is searched for the words and coordinates that must not be in it. Counts
/// must be those of what may be seen. A failure names its seed, which draws the same directory again.
@Suite struct PrivacyPropertyTests {
    static let seeds: [UInt64] = Array(1...16)

    @Test(arguments: seeds) func noAnswerRevealsWhatItsAskerMayNotSee(seed: UInt64) async throws {
        var drawn = RandomDirectory(seed: seed)
        let served = try ServedDirectory { try drawn.build($0) }
        let directory = drawn
        let token = try served.store.createToken(name: "partner")
        try await served.serve { client in
            for partner in [false, true] {
                let asker = Asker(
                    client: client, directory: directory, partner: partner,
                    headers: partner ? [.authorization: "Bearer \(token)"] : [:])
                try await asker.askEverything()
            }
        }
    }
}

/// One audience asking every question of a drawn directory.
private struct Asker {
    let client: any TestClientProtocol
    let directory: RandomDirectory
    let partner: Bool
    let headers: HTTPFields

    var visible: [RandomDirectory.Member] { directory.members.filter { RandomDirectory.sees(partner: partner, $0) } }
    var hidden: [RandomDirectory.Member] { directory.members.filter { !RandomDirectory.sees(partner: partner, $0) } }
    var context: Comment { "seed \(directory.seed), \(partner ? "partner" : "public")" }

    func askEverything() async throws {
        try await countsAreOfWhatMayBeSeen()
        for member in directory.members { try await ask(entity: member) }
        for theme in directory.themes {
            try await ask("/v1/who?on=\(theme)&limit=100")
            try await ask("/v1/entities?theme=\(theme)&limit=100")
        }
        for city in visible where city.kind == .city {
            try await ask("/v1/near?place=\(city.words[0])&km=20000&limit=100")
            try await ask("/v1/who?on=\(directory.themes[0])&in=\(city.words[0])")
        }
        let ids = visible.map(\.id)
        for (from, to) in zip(ids, ids.reversed()) where from < to {
            try await ask("/v1/connections?from=\(from)&to=\(to)&paths=5")
        }
        let themes = directory.themes.map { "themes=\($0)" }.joined(separator: "&")
        for by in ["places", "pairs", "campaigns", "themes&\(themes)"] {
            try await ask("/v1/convergences?by=\(by)&limit=100")
        }
        for path in ["/v1/sources", "/v1/export.geojson", "/v1/export.csv", "/v1/export.xml"] { try await ask(path) }
        for member in hidden {
            // Its own word in a question is the asker's, and may come back in an error; nothing else may.
            try await ask("/v1/entities?q=\(member.words[0])", echoing: member.words[0], expectEmpty: true)
            try await ask("/v1/entities?q=\(member.words[1])", echoing: member.words[1], expectEmpty: true)
        }
    }

    /// Asks `path`, and fails if the answer holds a secret or, when `expectEmpty`, any result.
    @discardableResult
    func ask(_ path: String, echoing word: String? = nil, expectEmpty: Bool = false) async throws -> TestResponse {
        let response = try await client.execute(uri: path, method: .get, headers: headers)
        let body = String(buffer: response.body)
        let leaks = directory.secrets(partner: partner).filter { $0 != word && body.contains($0) }
        #expect(leaks.isEmpty, "\(context): \(path) answered \(leaks)")
        #expect(response.status.code < 500, "\(context): \(path) answered \(response.status)")
        if expectEmpty, response.status == .ok {
            let results = try response.object()["results"] as? [Any]
            #expect(results?.isEmpty == true, "\(context): \(path) found something")
        }
        return response
    }

    /// A hidden entity is not found, whichever way it is asked for; a visible one comes without secrets, and
    /// its neighbours' counts count only those listed.
    func ask(entity member: RandomDirectory.Member) async throws {
        let seen = RandomDirectory.sees(partner: partner, member)
        let paths = ["/v1/entities/\(member.id)", "/v1/entities/\(member.id)/neighbors?limit=500"]
        var answers: [TestResponse] = []
        for path in paths {
            let response = try await ask(path)
            #expect((response.status == .ok) == seen, "\(context): \(path) answered \(response.status)")
            answers.append(response)
        }
        if seen {
            let counts = try answers[0].object()["neighbor_counts"] as? [[String: Any]] ?? []
            let listed = try answers[1].object()["results"] as? [Any]
            #expect(counts.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == listed?.count, "\(context)")
        }
        guard let other = visible.first(where: { $0.id != member.id }) else { return }
        let path = "/v1/connections?from=\(member.id)&to=\(other.id)"
        let response = try await ask(path)
        #expect(seen || response.status == .notFound, "\(context): \(path) answered \(response.status)")
    }

    /// Paging through everything finds exactly what may be seen, and the exports and the source's totals
    /// count exactly that.
    func countsAreOfWhatMayBeSeen() async throws {
        var names: [String] = []
        var path: String? = "/v1/entities?limit=7"
        while let next = path {
            let page = try await ask(next)
            names += try page.names()
            path = try page.object()["next"] as? String
        }
        let expected = visible.map(\.name) + directory.themes.map { $0 }
        #expect(names.sorted() == expected.sorted(), "\(context)")

        let geojson = try await ask("/v1/export.geojson")
        let features = try #require(try geojson.object()["features"] as? [Any])
        #expect(features.count == expected.count, "\(context)")
        let sources = try await ask("/v1/sources")
        let list = try #require(try sources.object()["results"] as? [[String: Any]])
        // A source counts what it describes; the themes are only named.
        #expect(list.first?["entities"] as? Int == visible.count, "\(context)")
    }
}
