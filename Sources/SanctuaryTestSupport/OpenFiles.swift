import Foundation

/// What this process holds open, read from `/proc/self/fd` (Linux).
public enum OpenFiles {
    /// How many of this process's open file descriptors are the file at `path`: a reading thread holds its
    /// file open until it ends, so a test can tell that the thread has ended.
    public static func count(of path: String) -> Int {
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return open.count { descriptor in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(descriptor)")) == real
        }
    }
}
