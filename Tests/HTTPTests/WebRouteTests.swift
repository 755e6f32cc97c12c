import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// The directory page and the widget as files: every file they load is served, with a policy that keeps the
/// browser on this origin, and a tag that saves sending them again. (What they do in a browser is tested in
/// Tests/Browser.)
@Suite struct WebRouteTests {
    let served: ServedDirectory

    init() throws { served = try ServedDirectory() }

    @Test func thePageIsServedWithAPolicyThatAllowsOnlyThisOrigin() async throws {
        try await served.serve { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(String(buffer: page.body).contains(#"<script type="module" src="/assets/app.js">"#))
            let policy = try #require(page.headers[.contentSecurityPolicy])
            let directives = [
                "default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'",
            ]
            for directive in directives { #expect(policy.contains(directive)) }
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            let widget = try await client.execute(uri: "/embed?theme=migration&in=Berlin", method: .get)
            #expect(widget.status == .ok)
            #expect(widget.headers[.contentSecurityPolicy]?.contains("frame-ancestors *") == true)
            #expect(String(buffer: widget.body).contains(#"src="/assets/embed.js""#))
        }
    }

    @Test func everyFileThePagesLoadIsThereWithItsType() async throws {
        try await served.serve { client in
            var pending = ["/", "/embed"]
            var seen: Set<String> = []
            var types: [String: String] = [:]
            while let path = pending.popLast() {
                guard seen.insert(path).inserted else { continue }
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                types[path] = response.headers[.contentType]
                pending += try Self.references(in: String(buffer: response.body))
            }
            #expect(seen.contains("/assets/world-map.js"))
            #expect(seen.contains("/assets/i18n.js"))
            #expect(types["/assets/app.css"] == "text/css; charset=utf-8")
            #expect(types["/assets/app.js"] == "text/javascript; charset=utf-8")
            #expect(types["/assets/icon.svg"] == "image/svg+xml")
        }
    }

    @Test func theMapsOutlinesAreBundled() async throws {
        try await served.serve { client in
            let response = try await client.execute(uri: "/assets/world.json", method: .get)
            #expect(response.headers[.contentType] == "application/json")
            let document = try #require(try response.object()["countries"] as? [[String: String]])
            #expect(document.count > 150)
            let belgium = try #require(document.first { $0["iso_a3"] == "BEL" })
            // Equirectangular, y = -latitude: Belgium lies near x 3..6, y -51..-49.5.
            #expect(belgium["d"]?.hasPrefix("M") == true)
            #expect(belgium["d"]?.contains(" -5") == true)
        }
    }

    @Test func aFileIsSentOnceUntilItChanges() async throws {
        try await served.serve { client in
            let first = try await client.execute(uri: "/assets/app.js", method: .get)
            let tag = try #require(first.headers[.eTag])
            #expect(!tag.hasPrefix("W/"))
            #expect(first.headers[.cacheControl] == "no-cache")
            let again = try await client.execute(uri: "/assets/app.js", method: .get, headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            // The data's changes do not touch the files' tags.
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.headers[.eTag] != nil)
            #expect(page.headers[.eTag] != tag)
        }
    }

    @Test(arguments: ["/assets/nothing.js", "/assets/..%2F..%2FPackage.swift", "/assets/", "/assets/Web"])
    func onlyTheBundledFilesAreServed(_ path: String) async throws {
        try await served.serve { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .notFound)
            #expect(!String(buffer: response.body).contains("swift-tools-version"))
        }
    }

    /// The same-origin paths a page or module names: `src`, `href` and module imports.
    static func references(in text: String) throws -> [String] {
        let patterns = [##"(?:src|href)="(/[^"#]+)""##, #"from "\./([^"]+)""#, #"fetch\("(/[^"]+)"\)"#]
        return try patterns.flatMap { pattern in
            let expression = try NSRegularExpression(pattern: pattern)
            let range = NSRange(text.startIndex..., in: text)
            return expression.matches(in: text, range: range).compactMap { match -> String? in
                guard let found = Range(match.range(at: 1), in: text) else { return nil }
                let reference = String(text[found])
                return reference.hasPrefix("/") ? reference : "/assets/" + reference
            }
        }
    }
}
