import AsyncHTTPClient
public import Directory
public import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression

/// Downloads sources over HTTP(S) into files: redirects followed, a time limit, a size limit, gzip, and
/// conditional GET with the validators of the source's last run.
public final class Fetcher: Sendable {
    public struct Limits: Sendable {
        /// The largest body, after decompression.
        public var maxBytes: Int
        /// The time allowed for the whole answer, and for the connection alone.
        public var timeout: Duration
        public var redirects: Int

        public init(maxBytes: Int = 100 << 20, timeout: Duration = .seconds(60), redirects: Int = 5) {
            self.maxBytes = maxBytes
            self.timeout = timeout
            self.redirects = redirects
        }
    }

    public enum Outcome: Sendable, Equatable {
        /// The server says the source has not changed since the validators were given (304).
        case notModified
        case fetched(Download)
    }

    /// A body saved to a file, with what the next conditional GET sends.
    public struct Download: Sendable, Equatable {
        public var path: String
        /// The address it came from, after redirects: the base of its relative links.
        public var url: String
        public var validators: SourceDescriptor.Validators
    }

    private let client: HTTPClient
    private let limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
        let seconds = Int64(limits.timeout.components.seconds)
        client = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup,
            configuration: HTTPClient.Configuration(
                redirectConfiguration: .follow(max: limits.redirects, allowCycles: false),
                timeout: .init(connect: .seconds(min(seconds, 15)), read: .seconds(seconds)),
                decompression: .enabled(limit: .size(limits.maxBytes))))
    }

    /// Must be called once the fetcher is no longer needed.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Fetches `address` into a new file in `folder`.
    ///
    /// - Throws: ``FetchError``; the partial file is removed.
    public func fetch(
        _ address: String, validators: SourceDescriptor.Validators, into folder: Foundation.URL
    ) async throws -> Outcome {
        guard let url = URL(string: address), ["http", "https"].contains(url.scheme?.lowercased()), url.host != nil
        else { throw FetchError.badAddress(address) }
        var request = HTTPClientRequest(url: address)
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        request.headers.add(name: "User-Agent", value: "sanctuary (feed importer)")
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let date = validators.lastModified { request.headers.add(name: "If-Modified-Since", value: date) }
        let seconds = Int(limits.timeout.components.seconds)
        let deadline = ContinuousClock.now + limits.timeout
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: .seconds(Int64(seconds)))
        } catch {
            throw translated(error, address, seconds)
        }
        switch response.status.code {
        case 304: return .notModified
        case 200: break
        default: throw FetchError.status(url: address, code: Int(response.status.code))
        }
        if let length = response.headers.first(name: "Content-Length").flatMap(Int.init),
            length > limits.maxBytes, response.headers.first(name: "Content-Encoding") == nil
        {
            throw FetchError.tooLarge(url: address, limit: limits.maxBytes)
        }
        let file = folder.appendingPathComponent("fetched-\(UUID().uuidString)")
        do {
            let hash = try await save(response.body, to: file, address: address, deadline: deadline, seconds: seconds)
            return .fetched(
                Download(
                    path: file.path, url: response.url?.absoluteString ?? address,
                    validators: .init(
                        etag: response.headers.first(name: "ETag"),
                        lastModified: response.headers.first(name: "Last-Modified"), contentHash: hash)))
        } catch {
            try? FileManager.default.removeItem(at: file)
            throw translated(error, address, seconds)
        }
    }

    /// Writes the body as it arrives, counting its bytes and hashing them.
    private func save(
        _ body: HTTPClientResponse.Body, to file: URL, address: String, deadline: ContinuousClock.Instant,
        seconds: Int
    ) async throws -> String {
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw FetchError.transport(url: address, reason: "cannot write \(file.path)")
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        var hash = ContentHash()
        var total = 0
        for try await buffer in body {
            total += buffer.readableBytes
            if total > limits.maxBytes { throw FetchError.tooLarge(url: address, limit: limits.maxBytes) }
            if ContinuousClock.now > deadline { throw FetchError.timedOut(url: address, seconds: seconds) }
            let bytes = Data(buffer.readableBytesView)
            hash.update(bytes)
            try handle.write(contentsOf: bytes)
        }
        return hash.hex()
    }

    private func translated(_ error: any Error, _ address: String, _ seconds: Int) -> any Error {
        if error is FetchError { return error }
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .connectTimeout:
                return FetchError.timedOut(url: address, seconds: seconds)
            case .redirectLimitReached, .redirectCycleDetected:
                return FetchError.transport(url: address, reason: "too many redirects")
            default:
                break
            }
        }
        if let decompression = error as? NIOHTTPDecompression.DecompressionError {
            return decompression == .limit
                ? FetchError.tooLarge(url: address, limit: limits.maxBytes)
                : FetchError.transport(url: address, reason: "the compressed answer is damaged")
        }
        return FetchError.transport(url: address, reason: "\(error)")
    }
}
