import Directory
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SanctuaryTestSupport
import Testing

@Suite struct QuestionRouteTests {
    let served: ServedDirectory

    init() throws { served = try ServedDirectory() }

    @Test func whoAndNearAnswerForThePublic() async throws {
        try await served.serve { client in
            let who = try await client.execute(uri: "/v1/who?on=migration&in=Berlin&kind=organization", method: .get)
            #expect(who.status == .ok)
            let names = (try who.object()["results"] as? [[String: Any]] ?? []).compactMap {
                ($0["entity"] as? [String: Any])?["name"] as? String
            }
            #expect(names.sorted() == ServedDirectory.publicOrganizations)

            let near = try await client.execute(uri: "/v1/near?place=Berlin&km=1", method: .get)
            let results = try near.object()["results"] as? [[String: Any]] ?? []
            let shelter = try #require(
                results.first { ($0["entity"] as? [String: Any])?["name"] as? String == "Shelter" })
            #expect((shelter["via"] as? [String: Any])?["name"] as? String == "Berlin")
            #expect((shelter["entity"] as? [String: Any])?["lat"] == nil)
            #expect(!results.contains { ($0["entity"] as? [String: Any])?["name"] as? String == "Hidden" })
        }
    }

    @Test func connectionsNeverPassThroughOrNameAHiddenEntity() async throws {
        try await served.serve { client in
            let linked = try await client.execute(
                uri: "/v1/connections?from=Open&to=Alpha&skip_themes=true", method: .get)
            #expect(linked.status == .ok)
            let paths = try linked.object()["paths"] as? [[String: Any]] ?? []
            #expect(paths.first?["length"] as? Int == 2)
            let hidden = try await client.execute(uri: "/v1/connections?from=Open&to=Hidden", method: .get)
            let nobody = try await client.execute(uri: "/v1/connections?from=Open&to=Nobody", method: .get)
            #expect(hidden.status == .notFound)
            #expect(try hidden.object()["detail"] as? String == "nothing in the directory is called 'Hidden'")
            #expect(try nobody.object()["detail"] as? String == "nothing in the directory is called 'Nobody'")
        }
    }

    @Test func convergencesAndSourcesCountOnlyWhatIsServed() async throws {
        try await served.serve { client in
            let places = try await client.execute(uri: "/v1/convergences?by=places", method: .get)
            let berlin = (try places.object()["results"] as? [[String: Any]])?.first
            #expect((berlin?["city"] as? [String: Any])?["name"] as? String == "Berlin")
            #expect(berlin?["entities"] as? Int == ServedDirectory.publicOrganizations.count)

            let themes = try await client.execute(uri: "/v1/convergences?by=themes&themes=migration", method: .get)
            #expect((try themes.object()["places"] as? [[String: Any]])?.count == 1)

            let sources = try await client.execute(uri: "/v1/sources", method: .get)
            let list = try #require((try sources.object()["results"] as? [[String: Any]])?.first)
            #expect(list["name"] as? String == "list")
            #expect(list["entities"] as? Int == ServedDirectory.publicOrganizations.count + 1)
            #expect(list["last"] == nil)
        }
    }

    @Test(arguments: [
        ("/v1/who", "parameter 'on': missing"),
        ("/v1/who?on=gardening", "no theme called 'gardening' is known"),
        ("/v1/near?place=Berlin", "parameter 'km': missing"),
        ("/v1/near?place=Berlin&km=-1", "parameter 'km': '-1' is not a distance"),
        ("/v1/connections?from=Open", "parameter 'to': missing"),
        ("/v1/connections?from=Open&to=Alpha&via=likes", "parameter 'via': 'likes' is not a relation"),
        ("/v1/connections?from=Open&to=Alpha&max_depth=40", "parameter 'max_depth': '40' is not a whole number"),
        ("/v1/connections?from=Open&to=Alpha&skip_themes=maybe", "parameter 'skip_themes': 'maybe' is not true"),
        ("/v1/convergences", "parameter 'by': missing"),
        ("/v1/convergences?by=rivers", "parameter 'by': 'rivers' is not one of places, themes, pairs, campaigns"),
        ("/v1/convergences?by=themes", "parameter 'themes': missing"),
        ("/v1/convergences?by=places&since=last%20year", "parameter 'since': 'last year' is not a date"),
        ("/v1/sources?all=1", "parameter 'all': this resource takes none"),
    ])
    func badQuestionsGetProblemDetails(_ uri: String, _ detail: String) async throws {
        try await served.serve { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect((try response.object()["detail"] as? String)?.hasPrefix(detail) == true)
        }
    }
}
