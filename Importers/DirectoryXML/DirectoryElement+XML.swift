import Directory
import XMLStream

extension DirectoryElement {
    /// An `entity` element as it opens, from its attributes.
    init(attributes: [XMLAttribute], line: Int) {
        func value(_ name: String) -> String? { Self.attribute(name, in: attributes) }
        self.init(
            id: value("id"), kind: value("kind"), key: value("key"), visibility: value("visibility"),
            sensitive: value("sensitive"), line: line)
    }

    /// Takes in one element the entity holds, as the reader closes it. Elements this version does not know are
    /// left alone: a later version may add some.
    mutating func add(_ name: String, attributes: [XMLAttribute], text: String) {
        let value = Normalizer.trim(text).nilIfEmpty
        func attribute(_ name: String) -> String? { Self.attribute(name, in: attributes) }
        switch name {
        case "name": self.name = value
        case "alias": if let value { aliases.append(value) }
        case "description": description = value
        case "country": country = value
        case "region": region = value
        case "point": (lat, lon) = (attribute("lat"), attribute("lon"))
        case "website": website = value
        case "status": status = value
        case "starts": starts = value
        case "ends": ends = value
        case "source": if let value { sources.append(value) }
        case "city":
            if let value { city = City(name: value, country: attribute("country"), region: attribute("region")) }
        case "theme": if let value { themes.append(value) }
        case "related":
            if let value, let type = attribute("type") {
                related.append(
                    Related(
                        type: type, kind: attribute("kind"), name: value,
                        inverse: ["true", "1"].contains(attribute("inverse"))))
            }
        default: break
        }
    }

    /// An attribute without a namespace, trimmed; nil when absent or empty.
    static func attribute(_ name: String, in attributes: [XMLAttribute]) -> String? {
        attributes.first { $0.name == name && ($0.namespace ?? "").isEmpty }
            .flatMap { Normalizer.trim($0.value).nilIfEmpty }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
