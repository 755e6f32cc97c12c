public import Foundation

/// Why a source could not be fetched; nothing of it was imported.
public enum FetchError: Error, Equatable, LocalizedError {
    case badAddress(String)
    /// The server answered with a status other than 200 or 304.
    case status(url: String, code: Int)
    case tooLarge(url: String, limit: Int)
    case timedOut(url: String, seconds: Int)
    /// The connection failed, or the server broke off.
    case transport(url: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .badAddress(let text): "\(text): not an http or https address"
        case .status(let url, let code): "\(url): the server answered \(code)"
        case .tooLarge(let url, let limit): "\(url): larger than the limit of \(limit) bytes (--max-size)"
        case .timedOut(let url, let seconds): "\(url): no complete answer within \(seconds) seconds"
        case .transport(let url, let reason): "\(url): \(reason)"
        }
    }
}
