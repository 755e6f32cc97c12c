import Directory
import Foundation
import SanctuaryTestSupport
import Testing

@Suite struct ExportTests {
    let fixture: TemporaryStore

    init() throws {
        fixture = try TemporaryStore()
        _ = try fixture.store.run("list") { run in
            let berlin = try run.city("Berlin", "DE", lat: 52.52, lon: 13.40)
            for index in 0..<50 {
                try run.link(
                    try run.organization(
                        "Verein \(index)", website: "v\(index).example.org", description: "Nr. \(index)"),
                    .basedIn, berlin)
            }
        }
    }

    private func export(_ format: ExportFormat, chunkSize: Int) throws -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        try fixture.store.export(format, chunkSize: chunkSize, generated: Date(timeIntervalSince1970: 0)) {
            chunks.append($0)
        }
        return chunks
    }

    /// Chunks are cut where they fill, and together they are the whole export.
    @Test(arguments: ExportFormat.allCases)
    func chunksAddUpToTheWholeExport(_ format: ExportFormat) throws {
        let whole = try export(format, chunkSize: 1 << 30)
        #expect(whole.count == 1)
        let small = try export(format, chunkSize: 256)
        #expect(small.count > 10)
        #expect(small.dropLast().allSatisfy { $0.count >= 256 && $0.count < 256 + 1024 })
        #expect(small.flatMap { $0 } == whole[0])
    }

    @Test func aSinkThatFailsStopsTheExport() throws {
        struct Gone: Error {}
        var calls = 0
        #expect(throws: Gone.self) {
            try fixture.store.export(.csv, chunkSize: 64) { _ in
                calls += 1
                if calls == 3 { throw Gone() }
            }
        }
        #expect(calls == 3)
    }
}
