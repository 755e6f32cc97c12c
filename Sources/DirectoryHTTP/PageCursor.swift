import Foundation

/// The opaque `cursor` of a page: where the page before ended (base64url of its JSON), for searches and for an
/// entity's neighbours.
enum PageCursor {
    /// Keys sorted, so that one position always gives one cursor, and one page one `next` URL.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    static func encode(_ position: some Encodable) throws -> String {
        try Self.encoder.encode(position).base64EncodedString()
            .replacing("+", with: "-").replacing("/", with: "_").replacing("=", with: "")
    }

    static func decode<Position: Decodable>(_ text: String, as type: Position.Type = Position.self) throws -> Position {
        var base64 = text.replacing("-", with: "+").replacing("_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
            let position = try? JSONDecoder().decode(Position.self, from: data)
        else { throw Problem.parameter("cursor", "not a cursor this server gave; start again without it") }
        return position
    }
}
