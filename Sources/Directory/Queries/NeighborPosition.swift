/// Where a page of an entity's neighbours ended. Neighbours come in the order of ``EntityDetails/neighbors``:
/// the entity's own edges before those pointing at it, then by relation, the other entity's name and its id.
public struct NeighborPosition: Sendable, Equatable, Codable {
    public var outgoing: Bool
    public var relation: String
    public var name: String
    public var id: Int64

    public init(outgoing: Bool, relation: String, name: String, id: Int64) {
        self.outgoing = outgoing
        self.relation = relation
        self.name = name
        self.id = id
    }

    public init(_ neighbor: EntityDetails.Neighbor) {
        self.init(
            outgoing: neighbor.outgoing, relation: neighbor.relation.rawValue, name: neighbor.entity.name,
            id: neighbor.entity.id)
    }
}
