import Directory
import FuzzSupport
import Hummingbird

@testable import DirectoryHTTP

/// A request target as a client may send it: its query read as the routes read theirs, every typed value
/// asked for, and the cursor decoded as either kind of position.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let target = "/v1/entities?" + String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let head = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1", path: target)
    let request = Request(head: head, body: .init(buffer: ByteBuffer()))
    let known: Set<String> = ["q", "kind", "limit", "km", "since", "until", "cursor", "skip_themes", "in"]
    guard let parameters = try? QueryParameters(request, known: known, lists: ["on", "via"]) else { return 0 }
    _ = try? parameters.kind()
    _ = try? parameters.kinds("via")
    _ = try? parameters.limit(default: 20, maximum: 100)
    _ = try? parameters.kilometres("km")
    _ = try? parameters.window()
    _ = try? parameters.flag("skip_themes")
    _ = parameters.list("on")
    if let cursor = parameters.text("cursor") {
        _ = try? PageCursor.decode(cursor, as: SearchPosition.self)
        _ = try? PageCursor.decode(cursor, as: NeighborPosition.self)
    }
    return 0
}

@_cdecl("FuzzQuery_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzQuery)
}
