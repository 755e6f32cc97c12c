import Foundation
import SanctuaryTestSupport
import Testing

@testable import Importers

/// Links taken as written must be the links Foundation's resolution gives.
@Suite struct AbsoluteLinkTests {
    private static let schemes = ["http://", "https://", "HTTPS://", "ftp://", ""]
    private static let hosts = ["example.org", "Example.ORG", "xn--bcher-kva.example", "127.0.0.1", "[::1]", "a.b", ""]
    private static let pieces = [
        "/", "/a", "/./", "/../", "/.", "..", "?q=1", "&b=2", "#top", ":8080", "%20", "é", " ", "~user", "@", "a+b",
        "(x)", "//", "'", ";p", "/.well-known", "|", "\\", "^", "{x}", "example.org", ":",
    ]

    @Test func plainLinksAreWhatResolvingGives() throws {
        let base = try #require(URL(string: "https://news.example.org/feeds/rss.xml"))
        var random = SplitMix64(seed: 5)
        var plain = 0
        for _ in 0..<10_000 {
            let count = Int.random(in: 0...6, using: &random)
            let link =
                Self.schemes.randomElement(using: &random)! + Self.hosts.randomElement(using: &random)!
                + (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            guard AbsoluteLink.isPlain(link) else { continue }
            plain += 1
            // What the feed parser makes of a link Foundation cannot read is the link as written.
            let resolved = URL(string: link, relativeTo: base)?.absoluteURL.absoluteString ?? link
            #expect(resolved == link, "\(link)")
        }
        #expect(plain > 500, "only \(plain) links taken as written")
        #expect(AbsoluteLink.isPlain("https://news.example.org/2026/12/item?id=4#more"))
        #expect(!AbsoluteLink.isPlain("/relative/path"))
        #expect(!AbsoluteLink.isPlain("https://example.org/a/../b"))
    }
}
