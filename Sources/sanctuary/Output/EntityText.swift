import Directory

/// How entities read in text output.
enum EntityText {
    /// `Mexico City (city, MX)`.
    static func title(_ entity: Entity) -> String {
        let place = entity.country.map { ", \($0)" } ?? ""
        return "\(entity.name) (\(entity.kind.rawValue)\(place))"
    }

    /// One line of a listing: id, kind, name, country.
    static func row(_ entity: Entity) -> String {
        let id = String(entity.id).leftPadded(to: 6)
        let kind = entity.kind.rawValue.rightPadded(to: 13)
        let country = entity.country.map { "  [\($0)]" } ?? ""
        return "\(id)  \(kind)\(entity.name)\(country)"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }

    func rightPadded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
