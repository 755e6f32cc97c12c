import Foundation

/// Where a reader's bytes come from, a chunk at a time, so memory does not grow with the file.
protocol ByteSource {
    /// The next chunk, or nil at the end.
    mutating func nextChunk() throws -> [UInt8]?
}

/// A file read in fixed-size chunks.
struct FileByteSource: ByteSource {
    private let handle: FileHandle
    private let chunkSize: Int

    init(path: String, chunkSize: Int = 1 << 16) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError.cannotRead(
                path: path,
                reason: FileManager.default.fileExists(atPath: path)
                    ? "permission denied" : "no such file")
        }
        self.handle = handle
        self.chunkSize = chunkSize
    }

    mutating func nextChunk() throws -> [UInt8]? {
        guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else { return nil }
        return [UInt8](data)
    }
}

/// Bytes already in memory, handed out in chunks like a file's (tests use small chunks to cross boundaries).
struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    init(_ bytes: [UInt8], chunkSize: Int = 1 << 16) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    mutating func nextChunk() throws -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        let end = min(bytes.count, offset + chunkSize)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}

/// UTF-16 from another source, re-encoded as UTF-8 chunk by chunk; an odd byte or a high surrogate cut by a
/// chunk boundary waits for the next chunk.
struct UTF16ToUTF8Source<Base: ByteSource>: ByteSource {
    private var base: Base
    private let bigEndian: Bool
    private var carry: [UInt8] = []

    init(_ base: Base, bigEndian: Bool) {
        self.base = base
        self.bigEndian = bigEndian
    }

    mutating func nextChunk() throws -> [UInt8]? {
        guard let chunk = try base.nextChunk() else {
            guard !carry.isEmpty else { return nil }
            defer { carry = [] }
            return Array("\u{FFFD}".utf8)
        }
        var bytes = carry + chunk
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        if let last = units.last, UTF16.isLeadSurrogate(last) {
            units.removeLast()
            index -= 2
        }
        bytes.removeFirst(index)
        carry = bytes
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
