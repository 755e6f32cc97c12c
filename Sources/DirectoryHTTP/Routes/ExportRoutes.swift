import Directory
import Dispatch
import Hummingbird

/// `/v1/export.geojson`, `/v1/export.csv` and `/v1/export.xml`: everything the caller may see, streamed as it
/// is read. The time limit of questions does not apply: an export is as long as the directory.
struct ExportRoutes {
    let stores: ServedStores

    func register(on router: Router<DirectoryContext>) {
        for format in ExportFormat.allCases {
            router.get("/v1/export.\(format.rawValue)") { request, context in
                _ = try QueryParameters(request, known: [])
                return Self.stream(format, from: stores.store(for: context.audience))
            }
        }
    }

    private static func stream(_ format: ExportFormat, from store: DirectoryStore) -> Response {
        let body = ResponseBody { writer in
            let pipe = ChunkPipe(depth: 4)
            DispatchQueue.global(qos: .userInitiated).async {
                do {
                    try store.export(format) { try pipe.send($0) }
                    pipe.finish()
                } catch {
                    pipe.finish(throwing: error)
                }
            }
            do {
                for try await chunk in pipe.chunks {
                    try await writer.write(chunk)
                    pipe.consumed()
                }
                pipe.close()
            } catch {
                pipe.close()
                throw error
            }
            try await writer.finish(nil)
        }
        let disposition = "attachment; filename=\"sanctuary.\(format.rawValue)\""
        return Response(
            status: .ok, headers: [.contentType: format.mediaType, .contentDisposition: disposition], body: body)
    }
}
