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

    /// The files of `Sources/DirectoryHTTP/Web`: from the resource bundle the package manager puts beside the
    /// binary (`swift build`, `swift run`, `swift test`, or an installed copy of both), else from the checkout.
    /// Not through `Bundle.module`, which stops the process when its folder is missing: a server says so.
    static func bundled() throws -> WebAssets {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("sanctuary_DirectoryHTTP.resources/Web"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Web"),
        ]
        guard let folder = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw WebAssetsError.missing(candidates.map(\.path))
        }
        return try WebAssets(folder: folder)
    }

    init(folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
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
    case missing([String])

    var description: String {
        switch self {
        case .missing(let paths):
            "the directory page's files are in none of \(paths.joined(separator: ", ")): copy the folder "
                + "sanctuary_DirectoryHTTP.resources of the build beside the binary"
        }
    }
}
