import Foundation
import SanctuaryTestSupport
import Testing

@Suite struct ExportCommandTests {
    let cli: CLI

    init() throws {
        cli = try CLI(gazetteer: false)
        let list = try cli.folder.write(
            "organizations.csv",
            """
            name,country,lat,lon,website,visibility,sensitive
            Casa,MX,19.43,-99.13,casa.example.org,public,yes
            Red,MX,,,red.example.org,partners,no
            Refugio Secreto,MX,,,secreto.example.org,private,no
            =cmd(),MX,,,formula.example.org,public,no

            """)
        let result = try cli.run("import", list)
        precondition(result.status == 0, result.stderr)
    }

    @Test func eachAudienceGetsWhatItMaySee() throws {
        func names(_ audience: String) throws -> [String] {
            let result = try cli.run("export", "--format", "csv", "--for", audience)
            #expect(result.status == 0, "\(result.stderr)")
            let rows: [[Substring]] = result.stdout.split(separator: "\r\n").dropFirst().map {
                $0.split(separator: ",")
            }
            return rows.filter { $0[1] == "organization" }.map { String($0[2]) }
        }
        #expect(try names("public") == ["Casa", "'=cmd()"])
        #expect(try names("partners") == ["Casa", "Red", "'=cmd()"])
        #expect(try names("local") == ["Casa", "Red", "Refugio Secreto", "'=cmd()"])
    }

    @Test func aFileIsWrittenWholeAndReported() throws {
        let file = cli.folder.path("directory.geojson")
        let (result, report) = try cli.json("export", "--format", "geojson", "--out", file)
        #expect(result.status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(report["bytes"] as? Int == data.count)
        #expect(!FileManager.default.fileExists(atPath: file + ".partial"))
        let collection = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let features = collection?["features"] as? [[String: Any]] ?? []
        func feature(_ name: String) -> [String: Any]? {
            features.first { ($0["properties"] as? [String: Any])?["name"] as? String == name }
        }
        let casa = try #require(feature("Casa"))
        let city = try #require(feature("Mexico City"))
        // Sensitive: placed at the city its coordinates lie in, never at its own point.
        let point = (casa["geometry"] as? [String: Any])?["coordinates"] as? [Double]
        #expect(point != nil)
        #expect(point == (city["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(point != [-99.13, 19.43])
        #expect((casa["properties"] as? [String: Any])?["located"] as? String == "city")
    }

    @Test func aWrongFormatOrAudienceIsAUsageError() throws {
        let format = try cli.run("export", "--format", "xls")
        #expect(format.status == 64)
        #expect(format.stderr.contains("'xls' is not an export format: geojson, csv or xml"))
        let audience = try cli.run("export", "--format", "csv", "--for", "everyone")
        #expect(audience.status == 64)
        #expect(audience.stderr.contains("'everyone' is not an audience"))
    }
}
