import Foundation
import Hummingbird
import NIOCore

/// The JSON body of `POST /v1/search`: the parameters of `GET /v1/entities` as an object of strings and
/// numbers (`{"q": "casa", "kind": "organization", "limit": 50}`).
struct SearchBody {
    let parameters: QueryParameters

    init(_ request: Request, limit: Int, fields: Set<String>) async throws {
        let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces)
        guard type == "application/json" else {
            throw Problem(.unsupportedMediaType, "the body must be JSON (Content-Type: application/json)")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw Problem(.contentTooLarge, "the body is larger than \(limit) bytes")
        }
        let values: [String: Scalar]
        do {
            values = try JSONDecoder().decode([String: Scalar].self, from: Data(buffer.readableBytesView))
        } catch DecodingError.typeMismatch(_, let context) where !context.codingPath.isEmpty {
            throw Problem.parameter(context.codingPath[0].stringValue, "must be a string or a number")
        } catch {
            throw Problem(.badRequest, "the body must be one JSON object of search parameters")
        }
        parameters = try QueryParameters(values.mapValues(\.text), known: fields)
    }

    /// A parameter's value: a string, or a number written as the query would have it.
    private struct Scalar: Decodable {
        let text: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self.text = text
            } else if let number = try? container.decode(Int.self) {
                text = String(number)
            } else {
                throw DecodingError.typeMismatch(
                    String.self, .init(codingPath: decoder.codingPath, debugDescription: "not a string or a number"))
            }
        }
    }
}
