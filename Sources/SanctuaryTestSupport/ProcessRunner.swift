public import Foundation

/// What a finished process printed and how it ended.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs programs to completion, for end-to-end tests.
public enum ProcessRunner {
    /// The built `sanctuary` executable: under Swift Testing on Linux, `Bundle.main` is the products folder.
    public static var sanctuary: URL {
        Bundle.main.bundleURL.appendingPathComponent("sanctuary")
    }

    /// Runs `executable` with `arguments`, in `directory` when given, and waits for it.
    ///
    /// - Parameter environment: added to (and overriding) the test's own environment.
    public static func run(
        _ executable: URL,
        _ arguments: [String],
        in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to the end before waiting, so a chatty child never blocks on a full pipe.
        let errorData = ErrorCollector(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errorData.finish(), as: UTF8.self)
        )
    }

    /// Runs the built `sanctuary` with `arguments`.
    public static func sanctuary(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> ProcessResult {
        try run(sanctuary, arguments, in: directory, environment: environment)
    }

    /// `sqlite3 PATH .dump`: the whole database as SQL text, to compare states.
    public static func dump(_ database: String) throws -> String {
        try query(database, ".dump")
    }

    /// What the `sqlite3` shell prints for `sql` on `database`.
    public static func query(_ database: String, _ sql: String) throws -> String {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", database, sql]).stdout
    }
}

/// Drains a pipe on a background thread.
private final class ErrorCollector: @unchecked Sendable {
    // Protected by `done`: written by the reading thread before it signals, read after waiting.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
