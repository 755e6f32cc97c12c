import Foundation

extension EntityFacts {
    /// Canonical JSON: sorted keys, so equal facts give equal text.
    func canonicalJSON() throws -> String {
        String(decoding: try Self.encoder.encode(self), as: UTF8.self)
    }

    init(canonicalJSON text: String) throws {
        self = try JSONDecoder().decode(EntityFacts.self, from: Data(text.utf8))
    }

    private static let encoder = JSONEncoder.sorted
}
