import Directory

/// An entity's details as served: its first page of neighbours, and the address of the next page when there
/// are more.
struct ServedDetails: Encodable, Sendable {
    var details: EntityDetails
    var neighborsNext: String?

    private enum CodingKeys: String, CodingKey { case neighborsNext }

    func encode(to encoder: any Encoder) throws {
        try details.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(neighborsNext, forKey: .neighborsNext)
    }
}
