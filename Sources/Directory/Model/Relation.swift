/// The closed vocabulary of edges between entities, each read `source -label-> destination`.
public enum Relation: String, Sendable, Codable, CaseIterable {
    case basedIn = "based_in"
    case activeIn = "active_in"
    case memberOf = "member_of"
    case supports
    case organizes
    case heldIn = "held_in"
    case partOf = "part_of"
    case worksOn = "works_on"
    case alliedWith = "allied_with"
    case mentions

    /// How the edge reads from its source: "based in".
    public var label: String {
        switch self {
        case .basedIn: "based in"
        case .activeIn: "active in"
        case .memberOf: "member of"
        case .supports: "supports"
        case .organizes: "organizes"
        case .heldIn: "held in"
        case .partOf: "part of"
        case .worksOn: "works on"
        case .alliedWith: "allied with"
        case .mentions: "mentions"
        }
    }

    /// How the edge reads from its destination: "home of" for `based_in`.
    public var inverseLabel: String {
        switch self {
        case .basedIn: "home of"
        case .activeIn: "has active"
        case .memberOf: "has member"
        case .supports: "supported by"
        case .organizes: "organized by"
        case .heldIn: "hosts"
        case .partOf: "includes"
        case .worksOn: "worked on by"
        case .alliedWith: "allied with"
        case .mentions: "mentioned in"
        }
    }

    /// A symmetric relation is stored once, from the lower entity id to the higher.
    public var isSymmetric: Bool { self == .alliedWith }

    /// How the edge reads from one of its ends: from its source (`outgoing`) the label, from its destination
    /// the inverse label; a symmetric relation reads the same both ways.
    public func label(outgoing: Bool) -> String {
        outgoing || isSymmetric ? label : inverseLabel
    }
}
