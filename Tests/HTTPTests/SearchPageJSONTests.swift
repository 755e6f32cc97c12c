import Foundation
import Testing

@testable import Directory
@testable import DirectoryHTTP

/// The search page is written without `JSONEncoder`; it must be the very bytes `JSONEncoder` writes.
@Suite struct SearchPageJSONTests {
    private static let awkward = [
        "", "plain", "quote \" backslash \\ slash /", "Zürich 東京 🏳️‍🌈",
        String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }), "tab\tand\nlines\r\u{7F}",
    ]
    private static let coordinates: [Double] = [0, -0.0, 52.52, 13, -179.999999, 1e-05, 0.1 + 0.2, 1e21, -33.8688]

    private static func entity(_ index: Int) -> Entity {
        func pick<T>(_ values: [T]) -> T { values[index % values.count] }
        func optional<T>(_ values: [T]) -> T? { index % 3 == 0 ? nil : pick(values) }
        return Entity(
            id: Int64(index * 7919), kind: pick(EntityKind.allCases), key: pick(awkward),
            name: pick(awkward.reversed()),
            description: optional(awkward), country: optional(["DE", "MX"]), region: optional(awkward),
            lat: optional(coordinates), lon: optional(coordinates.reversed()), website: optional(awkward),
            status: optional(["declared", "\u{1}"]), starts: optional(["2018", "2018-11-02"]), ends: optional(["2020"]),
            visibility: pick(Visibility.allCases), sensitive: index % 2 == 0, geonames: optional([2_950_159, 0]))
    }

    @Test(arguments: 0..<40)
    func aPageIsWrittenAsJSONEncoderWritesIt(_ seed: Int) throws {
        let hits = (0..<(seed % 5)).map { SearchHit(entity: Self.entity(seed + $0 * 11), rank: [nil, 0, 1][$0 % 3]) }
        let page = Page(
            results: hits, next: seed % 2 == 0 ? "/v1/entities?q=a%20b&cursor=x" : nil,
            cursor: seed % 3 == 0 ? nil : "eyJpZCI6NTB9")
        let expected = try DirectoryJSON.encoder(pretty: false).encode(page)
        #expect(String(decoding: page.json(), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }
}
