import Directory
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SanctuaryTestSupport
import Testing

@Suite struct ImportWhileServingTests {
    let served: ServedDirectory

    init() throws { served = try ServedDirectory() }

    /// Imports of 200 organizations at a time, while requests keep coming: every request is answered, and
    /// each sees a whole number of imports, never part of one.
    @Test func readersSeeTheDataBeforeOrAfterAnImportNeverHalfOfIt() async throws {
        let store = served.store
        let before = ServedDirectory.publicOrganizations.count
        try await served.serve { client in
            // The imports on a thread of their own, as the server: neither waits for the threads Swift's tasks
            // share, which the suite's synchronous tests hold. An `async let` inherits the server's executor; a
            // `Task {}` started there does not, and waited in the shared pool's queue behind the rest of the
            // suite: in CI runs under the sanitizers the import began only when the suite was ending, 300 s on.
            async let imports: Void = OwnThread.run {
                for batch in 0..<3 {
                    _ = try store.run("batch \(batch)") { run in
                        for index in 0..<200 {
                            try run.organization("Batch \(batch) \(index)", website: "b\(batch)-\(index).example.org")
                        }
                    }
                }
            }
            var seen: [Int] = []
            // A time limit, not a count of requests: how many requests an import lasts depends on how the
            // machine shares its cores between the two.
            let deadline = Date().addingTimeInterval(300)
            while seen.count < 40 || seen.last != before + 600 {
                let response = try await client.execute(uri: "/v1/entities?kind=organization&limit=1", method: .get)
                #expect(response.status == .ok)
                let statistics = try await client.execute(uri: "/v1/sources", method: .get)
                #expect(statistics.status == .ok)
                let sources = try statistics.object()["results"] as? [[String: Any]] ?? []
                seen.append(sources.reduce(0) { $0 + ($1["entities"] as? Int ?? 0) } - 1)
                if Date() > deadline { break }
            }
            try await imports
            #expect(seen.allSatisfy { ($0 - before) % 200 == 0 }, "\(seen)")
            #expect(seen == seen.sorted())
            #expect(seen.last == before + 600)
        }
    }
}
