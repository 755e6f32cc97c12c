import Directory
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SanctuaryTestSupport
import Testing

@testable import DirectoryHTTP

@Suite struct LimitsAndOriginsTests {
    let served: ServedDirectory

    init() throws { served = try ServedDirectory() }

    @Test func searchWordsCanTravelInABody() async throws {
        try await served.serve { client in
            let body = ByteBuffer(string: #"{"kind": "organization", "limit": 2}"#)
            let first = try await client.execute(
                uri: "/v1/search", method: .post, headers: [.contentType: "application/json"], body: body)
            #expect(first.status == .ok)
            let names = try first.names()
            #expect(names.count == 2)
            let cursor = try #require(try first.object()["cursor"] as? String)
            #expect(try first.object()["next"] == nil)
            let second = try await client.execute(
                uri: "/v1/search", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"kind": "organization", "limit": 2, "cursor": "\#(cursor)"}"#))
            #expect(Set(try second.names()).isDisjoint(with: names))
        }
    }

    @Test(arguments: [
        (#"{"q": "o"}"#, "text/plain", 415, "the body must be JSON"),
        (#"["o"]"#, "application/json", 400, "the body must be one JSON object"),
        (#"{"q": true}"#, "application/json", 400, "parameter 'q': must be a string or a number"),
        (#"{"nearby": "Berlin"}"#, "application/json", 400, "parameter 'nearby': not known here"),
        ("{\"q\": \"" + String(repeating: "a", count: 70_000) + "\"}", "application/json", 413, "the body is larger"),
    ])
    func aBadBodyIsAProblem(_ body: String, _ type: String, _ status: Int, _ detail: String) async throws {
        try await served.serve { client in
            let response = try await client.execute(
                uri: "/v1/search", method: .post, headers: [.contentType: type], body: ByteBuffer(string: body))
            #expect(response.status.code == status)
            #expect((try response.object()["detail"] as? String)?.hasPrefix(detail) == true)
        }
    }

    @Test func onlyTheAllowedOriginsMayReadFromABrowser() async throws {
        try await served.serve(allowing: ["https://partner.example/"]) { client in
            let allowed = try await client.execute(
                uri: "/v1/entities?q=open", method: .get, headers: [.origin: "https://partner.example"])
            #expect(allowed.headers[.accessControlAllowOrigin] == "https://partner.example")
            #expect(allowed.headers[.accessControlExposeHeaders] == "ETag")
            let other = try await client.execute(
                uri: "/v1/entities?q=open", method: .get, headers: [.origin: "https://elsewhere.example"])
            #expect(other.status == .ok)
            #expect(other.headers[.accessControlAllowOrigin] == nil)
            let problem = try await client.execute(
                uri: "/v1/entities?limit=0", method: .get, headers: [.origin: "https://partner.example"])
            #expect(problem.status == .badRequest)
            #expect(problem.headers[.accessControlAllowOrigin] == "https://partner.example")

            let preflight = try await client.execute(
                uri: "/v1/search", method: .options,
                headers: [.origin: "https://partner.example", .accessControlRequestMethod: "POST"])
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowMethods] == "GET, HEAD, POST")
            #expect(preflight.headers[.accessControlAllowHeaders]?.contains("Authorization") == true)
            let refused = try await client.execute(
                uri: "/v1/search", method: .options,
                headers: [.origin: "https://elsewhere.example", .accessControlRequestMethod: "POST"])
            #expect(refused.status == .forbidden)
        }
    }

    @Test func aQuestionThatTakesTooLongIsAnsweredWith503() async throws {
        await #expect(throws: Problem(.serviceUnavailable, "the question took longer than 0.05 s: narrow it")) {
            try await Blocking.run(limit: .milliseconds(50)) {
                Thread.sleep(forTimeInterval: 0.5)
                return 1
            }
        }
        #expect(try await Blocking.run(limit: .seconds(60)) { 2 } == 2)
    }
}
