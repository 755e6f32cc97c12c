import Crypto
import Foundation

/// The directory page's files (HTML, CSS, JavaScript, the map's outlines), read once when the server starts.
/// A request names one of them or gets a 404: no part of a URL ever reaches the file system.
struct WebAssets: Sendable {
    struct Asset: Sendable {
        let bytes: [UInt8]
        let mediaType: String
        /// A strong tag from the content, so that a browser revalidates a file and gets a 304 until it changes.
        let etag: String
    }

    private static let mediaTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "json": "application/json", "svg": "image/svg+xml",
        "png": "image/png",
    ]

    private let assets: [String: Asset]

    /// The files bundled with this module (`Sources/DirectoryHTTP/Web`).
    static func bundled() throws -> WebAssets {
        guard let folder = Bundle.module.url(forResource: "Web", withExtension: nil) else {
            throw WebAssetsError.missing(Bundle.module.bundlePath + "/Web")
        }
        return try WebAssets(folder: folder)
    }

    init(folder: URL) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw WebAssetsError.missing(folder.path)
        }
        var assets: [String: Asset] = [:]
        for name in names {
            guard let type = Self.mediaTypes[URL(fileURLWithPath: name).pathExtension] else { continue }
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let digest = SHA256.hash(data: bytes).prefix(12).map { String(format: "%02x", $0) }.joined()
            assets[name] = Asset(bytes: bytes, mediaType: type, etag: "\"\(digest)\"")
        }
        self.assets = assets
    }

    subscript(name: String) -> Asset? { assets[name] }
}

enum WebAssetsError: Error, CustomStringConvertible {
    case missing(String)

    var description: String {
        "the directory page's files are not at \(path): rebuild the package, or copy them beside the binary"
    }

    private var path: String {
        switch self {
        case .missing(let path): path
        }
    }
}
