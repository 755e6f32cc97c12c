import Foundation

/// Times as stored: ISO 8601 in UTC, to the second.
enum Timestamp {
    static func string(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }
}
