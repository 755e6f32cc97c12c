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

    static func ok(json bytes: [UInt8]) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// A list under `results`, as the command line prints it; a page of a longer list also has the `cursor` it
/// goes on from, and, when it came from a URL, the `next` URL.
struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    var results: [Item]
    var next: String?
    var cursor: String?
}
