import Directory
import Hummingbird

/// A request's query parameters, read strictly: a parameter the route does not know, or given twice, is a
/// problem that names it, rather than a filter silently left out.
struct QueryParameters {
    private let values: [String: [String]]

    /// Parameters from elsewhere (a JSON body), checked as the query's are.
    init(_ values: [String: String], known: Set<String>) throws {
        for name in values.keys where !known.contains(name) {
            throw Problem.parameter(name, "not known here; known: \(known.sorted().joined(separator: ", "))")
        }
        self.values = values.mapValues { [$0] }
    }

    /// - Parameter lists: the known parameters that may be given more than once (`on=a&on=b`).
    init(_ request: Request, known: Set<String>, lists: Set<String> = []) throws {
        var values: [String: [String]] = [:]
        for (name, value) in request.uri.queryParameters {
            let name = String(name)
            guard known.contains(name) || lists.contains(name) else {
                let all = known.union(lists).sorted().joined(separator: ", ")
                throw Problem.parameter(
                    name, all.isEmpty ? "this resource takes none" : "not known here; known: \(all)")
            }
            guard values[name] == nil || lists.contains(name) else {
                throw Problem.parameter(name, "given more than once")
            }
            values[name, default: []].append(String(value))
        }
        self.values = values
    }

    /// The value, nil when absent or empty.
    func text(_ name: String) -> String? {
        values[name]?.first.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A value that must be there.
    func required(_ name: String) throws -> String {
        guard let text = text(name) else { throw Problem.parameter(name, "missing") }
        return text
    }

    /// Every value of a list parameter, empty ones left out.
    func list(_ name: String) -> [String] {
        (values[name] ?? []).filter { !$0.isEmpty }
    }

    /// Kinds, from a list parameter.
    func kinds(_ name: String = "kind") throws -> [EntityKind] {
        try list(name).map { try Self.kind(name, $0) }
    }

    /// `true` or `false` (also `1`, `0`, `yes`, `no`), `false` when absent.
    func flag(_ name: String) throws -> Bool {
        guard let text = text(name) else { return false }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw Problem.parameter(name, "'\(text)' is not true or false")
        }
    }

    /// A whole number in `range`, `default` when absent.
    func integer(_ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = text(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw Problem.parameter(
                name, "'\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// A distance in kilometres, more than 0 and at most half the Earth's circumference.
    func kilometres(_ name: String) throws -> Double {
        let text = try required(name)
        guard let km = Double(text), km > 0, km <= 20_038 else {
            throw Problem.parameter(name, "'\(text)' is not a distance of more than 0 and at most 20038")
        }
        return km
    }

    /// `since` and `until`: the time window of dated edges and events.
    func window() throws -> TimeWindow {
        let since = text("since"), until = text("until")
        let notADate = "is not a date: YYYY, YYYY-MM or YYYY-MM-DD"
        if let since, TimeWindow(since: since) == nil { throw Problem.parameter("since", "'\(since)' \(notADate)") }
        guard let window = TimeWindow(since: since, until: until) else {
            throw Problem.parameter("until", "'\(until ?? "")' \(notADate)")
        }
        return window
    }

    func kind(_ name: String = "kind") throws -> EntityKind? {
        try text(name).map { try Self.kind(name, $0) }
    }

    private static func kind(_ name: String, _ text: String) throws -> EntityKind {
        guard let kind = EntityKind(loosely: text) else {
            throw Problem.parameter(name, "'\(text)' is not a kind: city, organization, campaign, event or theme")
        }
        return kind
    }

    /// A whole number from 1 to `maximum`, `default` when absent.
    func limit(_ name: String = "limit", default value: Int, maximum: Int) throws -> Int {
        try integer(name, default: value, in: 1...maximum)
    }
}
