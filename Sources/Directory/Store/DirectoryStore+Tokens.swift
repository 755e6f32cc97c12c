import Crypto
import Foundation
import GRDB

extension DirectoryStore {
    /// Makes a token for the partner `name` and returns it: it is shown this once, as only its hash is kept.
    ///
    /// - Throws: ``DirectoryError/tokenExists(_:)`` when `name` already has one (revoked or not: a name says
    ///   who a log line is about, so it is never reused).
    public func createToken(name: String) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token =
            "sanctuary_"
            + Data(bytes).base64EncodedString()
            .replacing("+", with: "-").replacing("/", with: "_").replacing("=", with: "")
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM tokens WHERE name = ?)", arguments: [name])
                == true
            {
                throw DirectoryError.tokenExists(name)
            }
            try db.execute(
                sql: "INSERT INTO tokens (name, hash, created_at) VALUES (?, ?, ?)",
                arguments: [name, Self.hash(token), Timestamp.string(Date())])
        }
        return token
    }

    /// Revokes the partner's token: from now on it is refused.
    ///
    /// - Throws: ``DirectoryError/notFound(_:)`` when `name` has no token that is not revoked.
    public func revokeToken(name: String) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
                arguments: [Timestamp.string(Date()), name])
            if db.changesCount == 0 { throw DirectoryError.notFound(name) }
        }
    }

    /// Every token, by name.
    public func tokens() throws -> [PartnerToken] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, created_at, revoked_at FROM tokens ORDER BY name").map {
                PartnerToken(name: $0["name"], createdAt: $0["created_at"], revokedAt: $0["revoked_at"])
            }
        }
    }

    /// The partner a token belongs to, nil when it is unknown or revoked.
    public func partner(token: String) throws -> String? {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT name FROM tokens WHERE hash = ? AND revoked_at IS NULL", arguments: [Self.hash(token)])
        }
    }

    private static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
