import Directory
import Foundation
import HTTPTypes
import HummingbirdTesting
import Importers
import NIOCore
import SanctuaryTestSupport
import Testing
import XMLStream

@Suite struct ExportRouteTests {
    let served: ServedDirectory

    /// A public organization whose cells a spreadsheet would run as formulas, placed south of the equator.
    static let formula = "=HYPERLINK(\"http://evil.example\",\"click\")"

    init() throws {
        served = try ServedDirectory()
        _ = try served.store.run("formulas") { run in
            let sydney = try run.city("Sydney", "AU", lat: -33.8688, lon: 151.2093)
            let id = try run.organization(
                Self.formula, .public, lat: -33.86, lon: 151.21, country: "AU", basedIn: sydney,
                worksOn: try run.theme("@SUM(1+1)"))
            try run.link(id, .alliedWith, try served.store.entity(reference: "Open").id)
        }
    }

    @Test func geoJSONHasEveryVisibleEntityAndPlacesTheSensitiveAtTheirCity() async throws {
        try await served.serve { client in
            let response = try await client.execute(uri: "/v1/export.geojson", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/geo+json")
            let collection = try response.object()
            #expect(collection["type"] as? String == "FeatureCollection")
            let features = try #require(collection["features"] as? [[String: Any]])
            var byName: [String: [String: Any]] = [:]
            for feature in features {
                let properties = try #require(feature["properties"] as? [String: Any])
                byName[try #require(properties["name"] as? String)] = feature
            }
            let expected =
                ServedDirectory.publicOrganizations + ["Berlin", "migration", "Sydney", Self.formula, "@SUM(1+1)"]
            #expect(Set(byName.keys) == Set(expected))
            #expect(features.count == expected.count)

            func point(_ name: String) -> [Double]? {
                (byName[name]?["geometry"] as? [String: Any])?["coordinates"] as? [Double]
            }
            func located(_ name: String) -> String? {
                (byName[name]?["properties"] as? [String: Any])?["located"] as? String
            }
            #expect(point("Sydney") == [151.2093, -33.8688])
            #expect(point(Self.formula) == [151.21, -33.86])
            #expect(located(Self.formula) == "own")
            #expect(point("Shelter") == [13.40, 52.52])
            #expect(located("Shelter") == "city")
            #expect(point("Alpha") == [13.40, 52.52])
            #expect(byName["migration"]?["geometry"] is NSNull)
        }
    }

    @Test func csvIsSpreadsheetSafeAndReadsBackAsTheImporterReadsIt() async throws {
        try await served.serve { client in
            let response = try await client.execute(uri: "/v1/export.csv", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8; header=present")
            let text = String(buffer: response.body)
            #expect(text.hasSuffix("\r\n"))
            let reader = try CSVReader(bytes: Array(text.utf8))
            var records: [[String]] = []
            while let record = try reader.next() { records.append(record.cells) }
            let header = try #require(records.first)
            #expect(header.prefix(3) == ["id", "kind", "name"])
            let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
            #expect(rows.count == ServedDirectory.publicOrganizations.count + 5)
            #expect(!rows.contains { $0["name"] == "Hidden" || $0["name"] == "Partner" })

            let formula = try #require(rows.first { $0["name"]?.contains("HYPERLINK") == true })
            #expect(formula["name"] == "'" + Self.formula)
            #expect(formula["themes"] == "'@SUM(1+1)")
            #expect(formula["lat"] == "-33.86")
            #expect(formula["city"] == "Sydney")
            let shelter = try #require(rows.first { $0["name"] == "Shelter" })
            #expect(shelter["lat"] == "")
            #expect(shelter["sensitive"] == "yes")
            #expect(shelter["city"] == "Berlin")
        }
    }

    @Test func xmlIsWellFormedAndHoldsNoHiddenEntityOrRelation() async throws {
        let hidden = try served.store.entity(reference: "Hidden").id
        let token = try served.store.createToken(name: "Casa")
        try await served.serve { client in
            for (headers, partnerSeen) in [(HTTPFields(), false), ([.authorization: "Bearer \(token)"], true)] {
                let response = try await client.execute(uri: "/v1/export.xml", method: .get, headers: headers)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/xml")
                let reader = try XMLStreamReader(bytes: Array(String(buffer: response.body).utf8))
                var names: [String] = []
                var relations: [[String: String]] = []
                var inName = false
                while let node = try reader.next() {
                    if node.kind == .startElement, node.name == "relation" {
                        relations.append(Dictionary(uniqueKeysWithValues: node.attributes.map { ($0.name, $0.value) }))
                    }
                    if node.name == "name" { inName = node.kind == .startElement }
                    if node.kind == .text, inName { names.append(node.text) }
                }
                #expect(reader.diagnostics.isEmpty)
                #expect(names.contains(Self.formula))
                #expect(names.contains("Partner") == partnerSeen)
                #expect(!names.contains("Hidden"))
                #expect(!relations.isEmpty)
                #expect(!relations.contains { $0["from"] == "\(hidden)" || $0["to"] == "\(hidden)" })
                #expect(relations.contains { $0["type"] == "allied_with" })
            }
        }
    }

    @Test func anExportIsCachedLikeEveryAnswer() async throws {
        try await served.serve { client in
            let first = try await client.execute(uri: "/v1/export.csv", method: .get)
            let tag = try #require(first.headers[.eTag])
            let again = try await client.execute(uri: "/v1/export.csv", method: .get, headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified)
            let unknown = try await client.execute(uri: "/v1/export.csv?format=xls", method: .get)
            #expect(unknown.status == .badRequest)
        }
    }
}
