/// A span of time that dated edges and events must overlap to count: `since` and `until` are ISO 8601
/// dates, whole or partial (`2018`, `2018-11`, `2018-11-02`). What has no date always counts.
public struct TimeWindow: Sendable, Equatable {
    public let since: String?
    public let until: String?

    /// - Returns: nil when a bound is not a date of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(since: String? = nil, until: String? = nil) {
        guard since.map(Self.isDate) ?? true, until.map(Self.isDate) ?? true else { return nil }
        self.since = since
        self.until = until
    }

    public static let unbounded = TimeWindow()!

    public var isUnbounded: Bool { since == nil && until == nil }

    /// An SQL condition on the `starts` and `ends` columns of `alias` (an edge: no end means it lasts), or on
    /// the given expressions. Dates compare as text, and a date that is a prefix of the other overlaps it: an
    /// event that ends in `2018-11` is within `--since 2018-11-02`. The bounds are checked dates, so they go
    /// into the SQL as literals.
    func condition(_ alias: String) -> String {
        condition(starts: "\(alias).starts", ends: "\(alias).ends")
    }

    /// An event: without an end, it ends the day it starts.
    func eventCondition(_ alias: String) -> String {
        condition(starts: "\(alias).starts", ends: "coalesce(\(alias).ends, \(alias).starts)")
    }

    private func condition(starts: String, ends: String) -> String {
        var parts: [String] = []
        if let since { parts.append(Self.reaches(ends, ">=", since)) }
        if let until { parts.append(Self.reaches(starts, "<=", until)) }
        return parts.isEmpty ? "1" : "(" + parts.joined(separator: " AND ") + ")"
    }

    private static func reaches(_ column: String, _ comparison: String, _ bound: String) -> String {
        """
        (\(column) IS NULL OR \(column) \(comparison) '\(bound)'
            OR substr('\(bound)', 1, length(\(column))) = \(column) OR substr(\(column), 1, \(bound.count)) = '\(bound)')
        """
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
            zip(parts, widths).allSatisfy({ part, width in
                part.count == width && part.allSatisfy { $0.isASCII && $0.isNumber }
            })
        else { return false }
        let numbers = parts.compactMap { Int($0) }
        return (numbers.count < 2 || (1...12).contains(numbers[1]))
            && (numbers.count < 3 || (1...31).contains(numbers[2]))
    }
}
