import Directory
import Fetching
import Foundation
import Importers
import SanctuaryTestSupport
import Synchronization
import Testing

/// Sources fetched from a real web server on 127.0.0.1: conditional GET, gzip, redirects, limits, OPML and
/// sync.
@Suite struct FetchingTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }
    let server = FeedServer()

    init() throws { fixture = try TemporaryStore() }

    private func importing<T>(
        limits: Fetcher.Limits = Fetcher.Limits(), _ body: (SourceImporter) async throws -> T
    ) async throws -> T {
        try await SourceImporter.using(store, limits: limits, body)
    }

    private func single(_ address: String, _ request: ImportRequest = ImportRequest(files: [])) async throws
        -> ImportReport
    {
        let outcomes = try await importing { try await $0.importArgument(address, request) }
        #expect(outcomes.count == 1)
        return try #require(outcomes.first?.report)
    }

    @Test func aFeedIsFetchedAndAnUnchangedOneCostsA304() async throws {
        try await server.serve { base in
            let first = try await single(base + "news.rss")
            #expect(first.counts.added == 1)
            #expect(first.file == base + "news.rss")
            #expect(first.source == base + "news.rss")
            #expect(first.unchangedBecause == nil)
            let again = try await single(base + "news.rss")
            #expect(again.unchangedBecause == "not modified since the last run (HTTP 304)")
            server.news.withLock { $0 = (FeedServer.rss(["First news", "Second news"]), "\"v2\"") }
            let changed = try await single(base + "news.rss")
            #expect(changed.counts.added == 1)
            #expect(changed.counts.unchanged == 1)
            #expect(
                server.requests.withLock { $0 } == [
                    "/news.rss", "/news.rss If-None-Match: \"v1\"", "/news.rss If-None-Match: \"v1\"",
                ])
            let source = try #require(try store.registeredSource(named: base + "news.rss"))
            #expect(source.validators.etag == "\"v2\"")
            #expect(source.items == .article)
            #expect(source.format == "rss2")
        }
    }

    @Test func lastModifiedIsSentBackAsIfModifiedSince() async throws {
        try await server.serve { base in
            let first = try await single(base + "dated.rss")
            let again = try await single(base + "dated.rss")
            #expect(first.counts.added == 1)
            #expect(again.unchangedBecause != nil)
            #expect(
                server.requests.withLock { $0 }.last == "/dated.rss If-Modified-Since: Tue, 01 Dec 2026 10:00:00 GMT")
        }
    }

    @Test func aCompressedAnswerIsReadAndRedirectsAreFollowedWithLinksReadFromWhereTheyEnd() async throws {
        try await server.serve { base in
            let compressed = try await single(base + "gzip.rss")
            #expect(compressed.counts.added == 1)
            #expect(try store.entity(reference: "Compressed news").kind == .article)
            let moved = try await single(base + "moved.rss", ImportRequest(files: [], items: .organization))
            #expect(moved.counts.added == 1)
            #expect(try store.entity(reference: "Relative link").website == base + "feeds/items/1")
        }
    }

    @Test func whatCannotBeFetchedFailsWithItsReasonAndWritesNothing() async throws {
        // Only the slow answer gets a short time limit: on a loaded machine even a 404 can take a second.
        let patient = Fetcher.Limits(maxBytes: 1 << 20, timeout: .seconds(60), redirects: 3)
        let hasty = Fetcher.Limits(maxBytes: 1 << 20, timeout: .seconds(1), redirects: 3)
        try await server.serve { base in
            let cases: [(String, Fetcher.Limits, FetchError)] = [
                ("missing.rss", patient, .status(url: base + "missing.rss", code: 404)),
                ("big.rss", patient, .tooLarge(url: base + "big.rss", limit: 1 << 20)),
                ("bomb.rss", patient, .tooLarge(url: base + "bomb.rss", limit: 1 << 20)),
                ("slow.rss", hasty, .timedOut(url: base + "slow.rss", seconds: 1)),
                ("loop.rss", patient, .transport(url: base + "loop.rss", reason: "too many redirects")),
            ]
            for (path, limits, expected) in cases {
                await #expect(throws: expected) {
                    try await importing(limits: limits) {
                        try await $0.importArgument(base + path, ImportRequest(files: []))
                    }
                }
            }
            let entities = try store.statistics().entities
            #expect(entities == 0)
            #expect(try store.registeredSources().isEmpty)
        }
    }

    @Test func anOPMLListRegistersItsFeedsAndSyncImportsThemAgain() async throws {
        try await server.serve { base in
            let outcomes = try await importing {
                try await $0.importArgument(base + "list.opml", ImportRequest(files: []))
            }
            #expect(
                outcomes.map(\.source) == [
                    base + "news.rss", base + "plain.rss", base + "gone.rss", base + "dated.rss",
                ])
            #expect(outcomes[0].report?.counts.added == 1)
            #expect(outcomes[1].report?.items == .organization)
            #expect(outcomes[2].error == FetchError.status(url: base + "gone.rss", code: 404).errorDescription)
            #expect(
                outcomes[3].error
                    == "\(base)list.opml:5: items 'cities' is not one of article, organization, event, campaign")
            #expect(try store.entity(reference: "Plain news").kind == .organization)
            // The failed feed is registered, with its error, to be tried again.
            #expect(
                try store.registeredSources().map(\.name) == [base + "gone.rss", base + "news.rss", base + "plain.rss"])

            server.news.withLock { $0 = (FeedServer.rss(["First news", "Third news"]), "\"v3\"") }
            let synced = try await importing { try await $0.sync() }
            #expect(synced.map(\.source) == [base + "gone.rss", base + "news.rss", base + "plain.rss"])
            #expect(synced[0].error != nil)
            #expect(synced[1].report?.counts.added == 1)
            #expect(synced[2].report?.unchangedBecause == "the same content as at the last run")
            #expect(try store.entity(reference: "Third news").kind == .article)
            #expect(try store.sources().first { $0.name == base + "plain.rss" }?.runs == 1)
        }
    }

    @Test func syncSkipsAFileWhoseContentHasNotChanged() async throws {
        let path = try fixture.folder.write("organizations.csv", "name,country\nCasa Abierta,MX\n")
        let first = try await importing { try await $0.importArgument(path, ImportRequest(files: [])) }
        #expect(first.first?.report?.counts.added == 1)
        #expect(try await importing { try await $0.sync() }.first?.report?.unchangedBecause != nil)
        try fixture.folder.write("organizations.csv", "name,country\nCasa Abierta,MX\nRed Nueva,MX\n")
        let synced = try await importing { try await $0.sync() }
        #expect(synced.first?.report?.counts.added == 1)
        try FileManager.default.removeItem(atPath: path)
        let gone = try await importing { try await $0.sync() }
        #expect(gone.first?.error?.hasSuffix("no such file, or it cannot be read") == true)
    }
}
