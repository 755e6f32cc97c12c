import Foundation

/// A file written from the start, counting its bytes.
final class OutputFile {
    private let handle: FileHandle
    private(set) var written = 0

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }

    deinit {
        try? handle.close()
    }

    func write(_ bytes: [UInt8]) throws {
        try handle.write(contentsOf: bytes)
        written += bytes.count
    }
}
