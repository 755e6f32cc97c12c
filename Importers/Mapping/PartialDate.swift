/// A calendar date known to the year, the month or the day, written as ISO 8601 (`2018`, `2018-11`,
/// `2018-11-02`). Partners often know only the year a city declared itself a sanctuary.
struct PartialDate: Sendable, Equatable, CustomStringConvertible {
    var year: Int
    var month: Int?
    var day: Int?

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        self.year = year
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3, let month {
            guard parts[2].count == 2, let day = Int(parts[2]), (1...Self.days(in: month, of: year)).contains(day)
            else { return nil }
            self.day = day
        }
    }

    var description: String {
        var text = Self.padded(year, to: 4)
        if let month { text += "-" + Self.padded(month, to: 2) }
        if let day { text += "-" + Self.padded(day, to: 2) }
        return text
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = "\(value)"
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
