import Directory
import Hummingbird

/// A request's query parameters, read strictly: a parameter the route does not know, or given twice, is a
/// problem that names it, rather than a filter silently left out.
struct QueryParameters {
    private let values: [String: String]

    init(_ request: Request, known: Set<String>) throws {
        var values: [String: String] = [:]
        for (name, value) in request.uri.queryParameters {
            let name = String(name)
            guard known.contains(name) else {
                throw Problem.parameter(name, "not known here; known: \(known.sorted().joined(separator: ", "))")
            }
            guard values[name] == nil else { throw Problem.parameter(name, "given more than once") }
            values[name] = String(value)
        }
        self.values = values
    }

    /// The value, nil when absent or empty.
    func text(_ name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    func kind(_ name: String = "kind") throws -> EntityKind? {
        try text(name).map { text in
            guard let kind = EntityKind(loosely: text) else {
                throw Problem.parameter(name, "'\(text)' is not a kind: city, organization, campaign, event or theme")
            }
            return kind
        }
    }

    /// A whole number from 1 to `maximum`, `default` when absent.
    func limit(_ name: String = "limit", default value: Int, maximum: Int) throws -> Int {
        guard let text = text(name) else { return value }
        guard let number = Int(text), (1...maximum).contains(number) else {
            throw Problem.parameter(name, "'\(text)' is not a whole number from 1 to \(maximum)")
        }
        return number
    }
}
