import Directory
import Foundation
public import Hummingbird
import NIOCore

/// An error as RFC 9457 problem details (`application/problem+json`), with a `detail` that says what to fix.
public struct Problem: Error, Sendable, Equatable, ResponseGenerator {
    public var status: HTTPResponse.Status
    public var detail: String
    /// Headers the status needs (`WWW-Authenticate` with a 401).
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ detail: String, headers: HTTPFields = [:]) {
        self.status = status
        self.detail = detail
        self.headers = headers
    }

    /// A query parameter that cannot be understood.
    static func parameter(_ name: String, _ reason: String) -> Problem {
        Problem(.badRequest, "parameter '\(name)': \(reason)")
    }

    private struct Body: Encodable {
        var type = "about:blank"
        var title: String
        var status: Int
        var detail: String
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(title: status.reasonPhrase, status: status.code, detail: detail)
        var headers = headers
        headers[.contentType] = "application/problem+json"
        return Response(
            status: status, headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: try DirectoryJSON.encoder(pretty: false).encode(body))))
    }
}

extension Problem {
    /// What the directory's errors mean to a client, in the words the command line uses. A served store sees
    /// no hidden entity, so one is not found exactly as one that does not exist. What went wrong inside (the
    /// database, a file) stays in the server's log.
    init(_ error: DirectoryError) {
        let detail = error.errorDescription ?? "\(error)"
        switch error {
        case .notFound: self.init(.notFound, detail)
        case .ambiguous, .tokenExists: self.init(.conflict, detail)
        case .unknownTheme, .unknownPlace, .tooBroad: self.init(.badRequest, detail)
        case .cannotOpen, .database, .cannotMerge, .gazetteer:
            self.init(.internalServerError, "the directory could not answer")
        }
    }
}
