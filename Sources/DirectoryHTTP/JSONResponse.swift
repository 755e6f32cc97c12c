import Directory
import Foundation
import Hummingbird
import NIOCore

/// A 200 with a JSON body, in the command line's `--json` field names.
enum JSONResponse {
    static func ok(_ value: some Encodable) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try DirectoryJSON.encoder(pretty: false).encode(value))))
    }
}

/// A list under `results`, as the command line prints it, with the link to the next page when there is one.
struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    var results: [Item]
    var next: String?
}
