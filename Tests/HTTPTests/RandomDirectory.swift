import Directory
import SanctuaryTestSupport

/// A directory drawn at random from a seed: cities, themes, organizations, campaigns and events of random
/// visibility and sensitivity, with aliases, positions and edges of every relation. Every name and alias
/// holds a word of its own (`q` and eight letters), so that a body shows an entity exactly when it holds one
/// of its words.
struct RandomDirectory {
    struct Member {
        let kind: EntityKind
        let visibility: Visibility
        let sensitive: Bool
        let words: [String]
        let lat: Double?
        let lon: Double?
        var id: Int64 = 0
        var name: String { "\(kind.rawValue) \(words[0])" }
    }

    let seed: UInt64
    private(set) var members: [Member] = []
    private(set) var themes: [String] = []
    private(set) var edges: [(Int, Relation, Int)] = []

    init(seed: UInt64) {
        self.seed = seed
        var random = SplitMix64(seed: seed)
        let visibilities: [Visibility] = [.public, .public, .partners, .private]
        var used: Set<String> = []
        func word() -> String {
            while true {
                let letters = (0..<8).map { _ in Character(UnicodeScalar(UInt8.random(in: 97...122, using: &random))) }
                let candidate = "q" + String(letters)
                if used.insert(candidate).inserted { return candidate }
            }
        }
        func add(_ kind: EntityKind, sensitive: Bool = false, placed: Bool = false) -> Int {
            let visibility = visibilities.randomElement(using: &random)!
            let lat = placed ? Double.random(in: -50...60, using: &random) : nil
            let lon = placed ? Double.random(in: -170...170, using: &random) : nil
            members.append(
                Member(
                    kind: kind, visibility: visibility, sensitive: sensitive, words: [word(), word()], lat: lat,
                    lon: lon))
            return members.count - 1
        }
        themes = (0..<3).map { _ in word() }
        let cities = (0..<Int.random(in: 2...4, using: &random)).map { _ in add(.city, placed: true) }
        let campaigns = (0..<Int.random(in: 1...3, using: &random)).map { _ in add(.campaign) }
        let organizations = (0..<Int.random(in: 6...14, using: &random)).map { _ in
            let sensitive = Int.random(in: 0..<4, using: &random) == 0
            return add(.organization, sensitive: sensitive, placed: Bool.random(using: &random))
        }
        let events = (0..<Int.random(in: 1...3, using: &random)).map { _ in add(.event) }
        for organization in organizations {
            edges.append((organization, .basedIn, cities.randomElement(using: &random)!))
            edges.append((organization, .supports, campaigns.randomElement(using: &random)!))
            if Bool.random(using: &random) {
                edges.append((organization, .alliedWith, organizations.randomElement(using: &random)!))
            }
            if Bool.random(using: &random) {
                edges.append((organization, .memberOf, organizations.randomElement(using: &random)!))
            }
        }
        for event in events {
            edges.append((event, .heldIn, cities.randomElement(using: &random)!))
            edges.append((organizations.randomElement(using: &random)!, .organizes, event))
            edges.append((event, .partOf, campaigns.randomElement(using: &random)!))
        }
        edges.removeAll { $0.0 == $0.2 }
        themeLinks = (organizations + campaigns + events).map {
            ($0, themes.indices.filter { _ in Bool.random(using: &random) })
        }
    }

    private var themeLinks: [(Int, [Int])] = []

    /// Asserts the whole directory in one run; records each member's id.
    mutating func build(_ run: SourceRun) throws {
        let themeIDs = try themes.map { try run.theme($0) }
        for index in members.indices {
            let member = members[index]
            let facts = EntityFacts(
                name: member.name, aliases: ["alias \(member.words[1])"], country: "ZZ", lat: member.lat,
                lon: member.lon, visibility: member.visibility, sensitive: member.sensitive)
            let key = EntityKey.make(kind: member.kind, name: member.name, country: "ZZ", website: nil)!
            members[index].id = try run.assert(member.kind, key: key, facts: facts)
        }
        for (source, relation, destination) in edges {
            try run.link(members[source].id, relation, members[destination].id)
        }
        for (member, themeIndices) in themeLinks {
            for theme in themeIndices { try run.link(members[member].id, .worksOn, themeIDs[theme]) }
        }
    }

    /// Whether the public, or a partner with a token, may see the member.
    static func sees(partner: Bool, _ member: Member) -> Bool {
        switch member.visibility {
        case .public: true
        case .partners: partner
        case .private: false
        }
    }

    /// What must never be in an answer to that audience: the words of every member it may not see, and the
    /// coordinates of those and of every sensitive one (served at its city only).
    func secrets(partner: Bool) -> [String] {
        members.flatMap { member -> [String] in
            let hidden = !Self.sees(partner: partner, member)
            let place = [member.lat, member.lon].compactMap { $0 }.map { "\($0)" }
            return (hidden ? member.words : []) + (hidden || member.sensitive ? place : [])
        }
    }
}
