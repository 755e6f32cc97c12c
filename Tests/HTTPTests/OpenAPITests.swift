import Directory
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SanctuaryTestSupport
import Testing

@testable import DirectoryHTTP

/// Every route asked over a real socket, each answer held to `/openapi.json`: its status is documented for
/// the route, its media type too, and its body conforms to the documented schema.
@Suite struct OpenAPITests {
    let served: ServedDirectory

    init() throws { served = try ServedDirectory() }

    private struct Exchange {
        var method: HTTPRequest.Method = .get
        var template: String
        var uri: String
        var headers: HTTPFields = [:]
        var body: String?
        var status: HTTPResponse.Status

        init(
            _ template: String, _ uri: String? = nil, _ status: HTTPResponse.Status = .ok,
            method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: String? = nil
        ) {
            self.template = template
            self.uri = uri ?? template
            self.status = status
            self.method = method
            self.headers = headers
            self.body = body
        }
    }

    private func exchanges(_ ids: [String: Int64], token: String) -> [Exchange] {
        let json: HTTPFields = [.contentType: "application/json"]
        let berlin = ids["Berlin"]!, open = ids["Open"]!, hidden = ids["Hidden"]!
        return [
            Exchange("/health"),
            Exchange("/openapi.json"),
            Exchange("/v1/entities", "/v1/entities?q=a"),
            Exchange("/v1/entities", "/v1/entities?limit=2"),
            Exchange("/v1/entities", "/v1/entities?kind=organization", headers: [.authorization: "Bearer \(token)"]),
            Exchange("/v1/entities", "/v1/entities?bogus=1", .badRequest),
            Exchange("/v1/entities", "/v1/entities?q=a", .unauthorized, headers: [.authorization: "Bearer nope"]),
            Exchange("/v1/search", nil, .ok, method: .post, headers: json, body: #"{"q": "alpha", "limit": 5}"#),
            Exchange("/v1/search", nil, .badRequest, method: .post, headers: json, body: #"{"q": ["alpha"]}"#),
            Exchange("/v1/search", nil, .unsupportedMediaType, method: .post, body: "q=alpha"),
            Exchange(
                "/v1/search", nil, .contentTooLarge, method: .post, headers: json,
                body: #"{"q": "\#(String(repeating: "a", count: 70_000))"}"#),
            Exchange("/v1/entities/{id}", "/v1/entities/\(berlin)"),
            Exchange("/v1/entities/{id}", "/v1/entities/\(open)"),
            Exchange("/v1/entities/{id}", "/v1/entities/\(hidden)", .notFound),
            Exchange("/v1/entities/{id}", "/v1/entities/abc", .badRequest),
            Exchange("/v1/entities/{id}/neighbors", "/v1/entities/\(berlin)/neighbors"),
            Exchange("/v1/entities/{id}/neighbors", "/v1/entities/\(berlin)/neighbors?limit=2"),
            Exchange("/v1/entities/{id}/neighbors", "/v1/entities/\(berlin)/neighbors?cursor=x", .badRequest),
            Exchange("/v1/entities/{id}/neighbors", "/v1/entities/\(hidden)/neighbors", .notFound),
            Exchange("/v1/who", "/v1/who?on=migration&in=Berlin"),
            Exchange("/v1/who", "/v1/who", .badRequest),
            Exchange("/v1/near", "/v1/near?place=Berlin&km=5"),
            Exchange("/v1/near", "/v1/near?place=52.5,13.4&km=2.5"),
            Exchange("/v1/near", "/v1/near?km=5", .badRequest),
            Exchange("/v1/connections", "/v1/connections?from=Open&to=Alpha"),
            Exchange("/v1/connections", "/v1/connections?from=Open&to=Alpha&via=allied_with"),
            Exchange("/v1/connections", "/v1/connections?from=Open", .badRequest),
            Exchange("/v1/convergences", "/v1/convergences?by=places"),
            Exchange("/v1/convergences", "/v1/convergences?by=themes&themes=migration"),
            Exchange("/v1/convergences", "/v1/convergences?by=pairs"),
            Exchange("/v1/convergences", "/v1/convergences?by=campaigns"),
            Exchange("/v1/convergences", "/v1/convergences?by=colours", .badRequest),
            Exchange("/v1/sources"),
            Exchange("/v1/export.geojson"),
            Exchange("/v1/export.csv"),
            Exchange("/v1/export.xml"),
            Exchange("/v1/export.xml", "/v1/export.xml?all=1", .badRequest),
        ]
    }

    @Test func everyRouteAnswersAsTheDocumentSays() async throws {
        let token = try served.store.createToken(name: "Casa")
        var ids: [String: Int64] = [:]
        for name in ["Berlin", "Open", "Hidden"] { ids[name] = try served.store.entity(reference: name).id }
        let exchanges = exchanges(ids, token: token)
        try await served.serve { client in
            let documentResponse = try await client.execute(uri: "/openapi.json", method: .get)
            let document = try JSONDecoder().decode(
                JSONValue.self, from: Data(String(buffer: documentResponse.body).utf8))
            #expect(document["openapi"] == .string("3.1.0"))
            let validator = SchemaValidator(document: document)
            var answered: Set<String> = []
            for exchange in exchanges {
                let label = "\(exchange.method) \(exchange.uri.prefix(80))"
                let response = try await client.execute(
                    uri: exchange.uri, method: exchange.method, headers: exchange.headers,
                    body: exchange.body.map { ByteBuffer(string: $0) })
                #expect(response.status == exchange.status, "\(label): \(String(buffer: response.body).prefix(200))")
                let operation = document["paths"]?[exchange.template]?[exchange.method.rawValue.lowercased()]
                guard let documented = validator.resolved(operation?["responses"]?[String(response.status.code)]) else {
                    Issue.record("\(label): \(response.status.code) is not documented")
                    continue
                }
                if response.status == .ok {
                    answered.insert("\(exchange.method.rawValue.lowercased()) \(exchange.template)")
                }
                let media = response.headers[.contentType]?.split(separator: ";").first.map(String.init) ?? ""
                guard let schema = documented["content"]?[media]?["schema"] else {
                    Issue.record("\(label): \(media) is not documented for \(response.status.code)")
                    continue
                }
                guard media.hasSuffix("json") else { continue }
                let body = try JSONDecoder().decode(JSONValue.self, from: Data(String(buffer: response.body).utf8))
                let errors = validator.errors(body, schema)
                #expect(errors.isEmpty, "\(label): \(errors.prefix(5).joined(separator: "\n"))")
            }
            var operations: Set<String> = []
            if case .object(let paths)? = document["paths"] {
                for (path, item) in paths {
                    if case .object(let methods) = item {
                        for method in methods.keys { operations.insert("\(method) \(path)") }
                    }
                }
            }
            #expect(operations == answered)

            let first = try await client.execute(uri: "/v1/entities?q=a", method: .get)
            let again = try await client.execute(
                uri: "/v1/entities?q=a", method: .get, headers: [.ifNoneMatch: first.headers[.eTag] ?? ""])
            #expect(again.status == .notModified)
            #expect(document["paths"]?["/v1/entities"]?["get"]?["responses"]?["304"] != nil)
        }
    }

    @Test func theValidatorFindsWhatIsWrong() throws {
        let document = try JSONDecoder().decode(JSONValue.self, from: Data(OpenAPIDocument.json.utf8))
        let validator = SchemaValidator(document: document)
        let entity = JSONValue.object([
            "id": .number(1, isInteger: true), "kind": .string("city"), "key": .string("k"), "name": .string("n"),
            "country": .null, "visibility": .string("public"), "sensitive": .bool(false),
        ])
        let schema = JSONValue.object(["$ref": .string("#/components/schemas/Entity")])
        #expect(validator.errors(entity, schema).isEmpty)
        guard case .object(var members) = entity else { return }
        members["rank"] = .number(0, isInteger: true)
        #expect(validator.errors(.object(members), schema) == ["$: 'rank' is not in the schema"])
        members["rank"] = nil
        members["kind"] = .string("planet")
        #expect(validator.errors(.object(members), schema).count == 1)
        members["kind"] = .string("city")
        members["id"] = .number(1.5, isInteger: false)
        #expect(validator.errors(.object(members), schema).count == 1)
        members["id"] = nil
        #expect(validator.errors(.object(members), schema) == ["$: 'id' is missing"])
    }
}
