import Glibc

/// A whole file's bytes, read with `read(2)`. Foundation's `FileManager.contents(atPath:)` keeps the 4 KB
/// buffer it allocates for an empty file (found by Tools/fuzz, FuzzFeed, under LeakSanitizer).
enum FileBytes {
    /// The bytes of the file at `path`; nil when it cannot be opened or read.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes += chunk[..<count]
        }
    }
}
