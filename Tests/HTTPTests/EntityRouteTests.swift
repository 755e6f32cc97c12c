import Directory
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SanctuaryTestSupport
import Testing

@Suite struct EntityRouteTests {
    let served: ServedDirectory

    init() throws { served = try ServedDirectory() }

    @Test func healthAnswers() async throws {
        try await served.serve { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            #expect(try response.object()["status"] as? String == "ok")
        }
    }

    @Test func searchServesPublicEntitiesOnlyPageByPageToTheEnd() async throws {
        try await served.serve { client in
            let whole = try await client.execute(uri: "/v1/entities?kind=organization&limit=100", method: .get)
            #expect(whole.status == .ok)
            #expect(try whole.names() == ServedDirectory.publicOrganizations)
            #expect(try whole.object()["next"] == nil)

            var uri: String? = "/v1/entities?kind=organization&limit=4"
            var pages: [[String]] = []
            while let next = uri {
                let page = try await client.execute(uri: next, method: .get)
                #expect(page.status == .ok)
                pages.append(try page.names())
                uri = try page.object()["next"] as? String
            }
            #expect(pages.count == 2)
            #expect(pages.flatMap { $0 } == ServedDirectory.publicOrganizations)

            let words = try await client.execute(uri: "/v1/entities?q=hidden", method: .get)
            #expect(try words.names() == [])
        }
    }

    @Test func searchNearAPlaceFindsSensitiveEntitiesByTheirCity() async throws {
        try await served.serve { client in
            let near = try await client.execute(uri: "/v1/entities?near=Berlin&km=1&kind=organization", method: .get)
            #expect(near.status == .ok)
            #expect(try near.names() == ServedDirectory.publicOrganizations)
            let exact = try await client.execute(uri: "/v1/entities?near=52.5301,13.3849&km=0.5", method: .get)
            #expect(try exact.names() == [])
        }
    }

    @Test func anEntityComesWithItsVisibleNeighboursAndAHiddenOneIsNotFound() async throws {
        let open = try served.store.entity(reference: "Open")
        let hidden = try served.store.entity(reference: "Hidden")
        let shelter = try served.store.entity(reference: "Shelter")
        try await served.serve { client in
            let shown = try await client.execute(uri: "/v1/entities/\(open.id)", method: .get)
            #expect(shown.status == .ok)
            let body = try shown.object()
            #expect(body["name"] as? String == "Open")
            let neighbours = (body["neighbors"] as? [[String: Any]] ?? []).compactMap {
                ($0["entity"] as? [String: Any])?["name"] as? String
            }
            #expect(neighbours.sorted() == ["Berlin", "migration"])
            let alone = try await client.execute(uri: "/v1/entities/\(open.id)/neighbors", method: .get)
            #expect(try alone.object()["results"] as? [[String: Any]] != nil)
            #expect((try alone.object()["results"] as? [[String: Any]])?.count == 2)

            let secret = try await client.execute(uri: "/v1/entities/\(hidden.id)", method: .get)
            let missing = try await client.execute(uri: "/v1/entities/999999", method: .get)
            #expect(secret.status == .notFound)
            #expect(secret.headers[.contentType] == "application/problem+json")
            let detail = try secret.object()["detail"] as? String
            #expect(detail == "nothing in the directory is called '\(hidden.id)'")
            #expect(try missing.object()["detail"] as? String == "nothing in the directory is called '999999'")

            let sensitive = try await client.execute(uri: "/v1/entities/\(shelter.id)", method: .get)
            let place = try sensitive.object()
            #expect(place["sensitive"] as? Bool == true)
            #expect(place["lat"] == nil && place["lon"] == nil)
        }
    }

    @Test func answersCarryAnETagThatHoldsUntilTheDataChanges() async throws {
        let store = served.store
        try await served.serve { client in
            let first = try await client.execute(uri: "/v1/entities?q=open", method: .get)
            let tag = try #require(first.headers[.eTag])
            let again = try await client.execute(
                uri: "/v1/entities?q=open", method: .get, headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)

            _ = try store.run("later") { run in try run.organization("Echo", website: "echo.example.org") }
            let changed = try await client.execute(
                uri: "/v1/entities?q=open", method: .get, headers: [.ifNoneMatch: tag])
            #expect(changed.status == .ok)
            #expect(changed.headers[.eTag] != tag)
            #expect(changed.headers[.eTag] != nil)
        }
    }

    @Test(arguments: [
        ("/v1/entities?limit=0", 400, "parameter 'limit': '0' is not a whole number from 1 to 100"),
        ("/v1/entities?limit=ten", 400, "parameter 'limit': 'ten' is not a whole number from 1 to 100"),
        ("/v1/entities?kind=shelter", 400, "parameter 'kind': 'shelter' is not a kind"),
        ("/v1/entities?nearby=Berlin", 400, "parameter 'nearby': not known here; known: country, cursor, in, kind"),
        ("/v1/entities?q=a&q=b", 400, "parameter 'q': given more than once"),
        ("/v1/entities?cursor=abc", 400, "parameter 'cursor': not a cursor this server gave"),
        ("/v1/entities?theme=gardening", 400, "no theme called 'gardening' is known"),
        ("/v1/entities?in=Atlantis", 400, "no city, region or country called 'Atlantis' is known"),
        ("/v1/entities/abc", 400, "parameter 'id': 'abc' is not an entity id"),
        ("/v1/entities?km=5", 400, "parameter 'km': goes with near"),
        ("/v1/entities?near=Berlin", 400, "parameter 'km': missing"),
        ("/v1/entities?since=soon", 400, "parameter 'since': 'soon' is not a date"),
        ("/v1/nothing", 404, "no such resource: /v1/nothing"),
    ])
    func badRequestsGetProblemDetails(_ uri: String, _ status: Int, _ detail: String) async throws {
        try await served.serve { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status.code == status)
            #expect(response.headers[.contentType] == "application/problem+json")
            let body = try response.object()
            #expect(body["status"] as? Int == status)
            #expect(body["type"] as? String == "about:blank")
            #expect((body["detail"] as? String)?.hasPrefix(detail) == true, "\(body)")
        }
    }
}
