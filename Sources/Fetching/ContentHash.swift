import Crypto
import Foundation

/// The SHA-256 of what a source held, in hexadecimal: what tells a file, or a feed from a server without
/// validators, unchanged since its last run.
struct ContentHash {
    private var hasher = SHA256()

    mutating func update(_ bytes: some DataProtocol) { hasher.update(data: bytes) }

    consuming func hex() -> String {
        hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The hash of the file at `path`, read a megabyte at a time.
    static func of(path: String) throws -> String {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var hash = ContentHash()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hash.update(chunk) }
        return hash.hex()
    }
}
