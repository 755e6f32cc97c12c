/// A partner's token as the directory keeps it: its name and dates, never the token itself.
public struct PartnerToken: Sendable, Codable, Equatable {
    public var name: String
    public var createdAt: String
    /// When it was revoked; nil while it lets its holder in.
    public var revokedAt: String?
}
