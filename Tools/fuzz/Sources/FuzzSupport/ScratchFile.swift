import Foundation

/// The readers of feeds and directory XML take a path (libxml2 reads the file, recover mode reads it again):
/// each input is written to one file of this process in memory-backed /dev/shm, and read from there.
public enum ScratchFile {
    public static let path = "/dev/shm/sanctuary-fuzz-\(ProcessInfo.processInfo.processIdentifier).xml"

    public static func write(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
        return path
    }
}
