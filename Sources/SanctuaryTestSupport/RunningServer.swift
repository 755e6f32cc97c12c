public import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `sanctuary serve` run as a process on 127.0.0.1 and a free port, for end-to-end tests.
public final class RunningServer {
    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    /// Where it listens, as it printed it.
    public let url: URL

    /// Starts `sanctuary serve` on `database` and waits until it says where it listens.
    public convenience init(database: String) throws {
        try self.init(["serve", "--db", database])
    }

    /// Runs `sanctuary ARGUMENTS --port 0 --json` (`serve` or `demo`) and waits until it says where it listens.
    public init(_ arguments: [String]) throws {
        process.executableURL = ProcessRunner.sanctuary
        process.arguments = arguments + ["--port", "0", "--json"]
        process.currentDirectoryURL = Fixtures.root
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read until what came is one whole JSON document: a pipe may hand it over in pieces.
        var line = Data()
        var object: [String: Any]?
        while object == nil {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty {
                throw ServerFailure.exited(Self.text(errors.fileHandleForReading.readDataToEndOfFile()))
            }
            line.append(chunk)
            object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any]
        }
        guard let address = object?["url"] as? String, let url = URL(string: address) else {
            throw ServerFailure.exited("it printed \(Self.text(line))")
        }
        self.url = url
        announcement = object ?? [:]
    }

    /// The JSON document it printed when it started listening.
    public let announcement: [String: Any]

    public enum ServerFailure: Error {
        case exited(String)
    }

    /// GETs `path` (with its query), returning the status, the headers and the body.
    public func get(_ path: String, headers: [String: String] = [:]) async throws -> (Int, [String: String], Data) {
        var request = URLRequest(url: URL(string: path, relativeTo: url)!)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        let fields = (http?.allHeaderFields ?? [:]).reduce(into: [String: String]()) { fields, pair in
            fields[String(describing: pair.key).lowercased()] = String(describing: pair.value)
        }
        return (http?.statusCode ?? 0, fields, data)
    }

    /// Sends `signal` and waits for the process to end: its exit status and what it logged.
    public func stop(_ signal: Int32 = SIGINT) -> (status: Int32, log: String) {
        kill(process.processIdentifier, signal)
        let log = Self.text(errors.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        return (process.terminationStatus, log)
    }

    private static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
