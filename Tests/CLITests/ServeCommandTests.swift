import Foundation
import SanctuaryTestSupport
import Testing

@Suite struct ServeCommandTests {
    let cli: CLI

    init() throws {
        cli = try CLI(gazetteer: false)
        let list = try cli.folder.write(
            "organizations.csv",
            """
            name,country,website,visibility,sensitive
            Casa,MX,casa.example.org,public,yes
            Red,MX,red.example.org,private,no
            """)
        let result = try cli.run("import", list)
        precondition(result.status == 0, result.stderr)
    }

    @Test func theBinaryServesUntilInterruptedAndLogsWithoutQueryStrings() async throws {
        let server = try RunningServer(database: cli.database)
        #expect(server.url.host == "127.0.0.1")
        let (status, headers, body) = try await server.get("/v1/entities?q=casa&kind=organization")
        #expect(status == 200)
        #expect(headers["content-type"] == "application/json")
        let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        let names = (object?["results"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["Casa"])
        let (hidden, _, nothing) = try await server.get("/v1/entities?q=red")
        #expect(hidden == 200)
        let empty = try JSONSerialization.jsonObject(with: nothing) as? [String: Any]
        #expect((empty?["results"] as? [Any])?.isEmpty == true)
        let (missing, problem, _) = try await server.get("/v1/entities/abc")
        #expect(missing == 400)
        #expect(problem["content-type"] == "application/problem+json")

        let (exit, log) = server.stop(SIGINT)
        #expect(exit == 0, "\(log)")
        #expect(log.contains("GET /v1/entities 200"))
        #expect(log.contains("GET /v1/entities/abc 400"))
        #expect(!log.contains("casa"))
    }

    @Test func sigtermStopsItToo() async throws {
        let server = try RunningServer(database: cli.database)
        let (status, _, _) = try await server.get("/health")
        #expect(status == 200)
        #expect(server.stop(SIGTERM).status == 0)
    }
}
