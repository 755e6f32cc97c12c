import Foundation
import XMLStream

/// A feed's date, read from what feeds write (RFC 822 in RSS, with its named and numeric zones and the usual
/// sloppiness; ISO 8601 / RFC 3339 in Atom and Dublin Core) and kept in UTC, to the second.
///
/// Parsed by hand rather than with `DateFormatter`: one fixed format per formatter would take a dozen
/// formatters to cover what feeds really write, and each depends on a locale for its month names.
public struct FeedDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    /// The date `text` writes, or nil when it is not one.
    public init?(_ text: String) {
        let trimmed = WhiteSpace.trimmed(text)
        var spelled = trimmed
        if let canonical = spelled.withUTF8(Self.canonicalRFC822) {
            self = canonical
            return
        }
        let parsed = Self.startsLikeISO(trimmed) ? Self.iso(trimmed) : Self.rfc822(trimmed)
        guard let parsed else { return nil }
        self = parsed
    }

    /// ISO 8601 in UTC: `2002-09-07T00:00:01Z`.
    public var description: String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        guard (0...9999).contains(year) else {
            return "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day, 2))T"
                + "\(Self.digits(Int(time / 3600), 2)):\(Self.digits(Int(time / 60 % 60), 2)):"
                + "\(Self.digits(Int(time % 60), 2))Z"
        }
        // Written into 20 bytes rather than joined from strings: every item has a date or two.
        return String(unsafeUninitializedCapacity: 20) { buffer in
            var index = 0
            func put(_ value: Int, _ width: Int, then separator: UInt8) {
                for place in (0..<width).reversed() {
                    var digit = value
                    for _ in 0..<place { digit /= 10 }
                    buffer[index] = UInt8(ascii: "0") + UInt8(digit % 10)
                    index += 1
                }
                buffer[index] = separator
                index += 1
            }
            put(year, 4, then: UInt8(ascii: "-"))
            put(month, 2, then: UInt8(ascii: "-"))
            put(day, 2, then: UInt8(ascii: "T"))
            put(Int(time / 3600), 2, then: UInt8(ascii: ":"))
            put(Int(time / 60 % 60), 2, then: UInt8(ascii: ":"))
            put(Int(time % 60), 2, then: UInt8(ascii: "Z"))
            return index
        }
    }

    public static func < (lhs: FeedDate, rhs: FeedDate) -> Bool { lhs.seconds < rhs.seconds }

    // MARK: ISO 8601

    private static func startsLikeISO(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(5))
        return bytes.count == 5 && bytes[0..<4].allSatisfy(isDigit) && bytes[4] == UInt8(ascii: "-")
    }

    /// `YYYY-MM-DD`, then optionally `T` (or a space) and `hh:mm[:ss[.fraction]]`, then optionally `Z` or an
    /// offset (`+hh:mm`, `+hhmm`, `+hh`); without one, UTC.
    private static func iso(_ text: String) -> FeedDate? {
        var scanner = Scanner(Array(text.utf8))
        guard let year = scanner.number(4), scanner.skip("-"), let month = scanner.number(2), scanner.skip("-"),
            let day = scanner.number(2)
        else { return nil }
        var hour = 0, minute = 0, second = 0, offset = 0
        if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
            guard let h = scanner.number(2), scanner.skip(":"), let m = scanner.number(2) else { return nil }
            (hour, minute) = (h, m)
            if scanner.skip(":") {
                guard let s = scanner.number(2) else { return nil }
                second = s
                if scanner.skip(".") || scanner.skip(",") { scanner.skipDigits() }
            }
            scanner.skipSpaces()
            if scanner.skip("Z") || scanner.skip("z") {
                offset = 0
            } else if !scanner.atEnd {
                guard let zone = numericZone(String(decoding: scanner.rest, as: UTF8.self)) else { return nil }
                offset = zone
                scanner.finish()
            }
        }
        scanner.skipSpaces()
        guard scanner.atEnd else { return nil }
        return make(year, month, day, hour, minute, second, offset)
    }

    // MARK: RFC 822

    /// RFC 822 as RSS feeds mostly write it, `Sat, 7 Sep 2002 9:05:00 GMT` (or `+0200`), read straight from the
    /// bytes; nil for any other spelling, which ``rfc822(_:)`` reads word by word, to the same date (a test
    /// holds the two together). Most of an item's dates are this one, and reading words was a sixth of
    /// reading a feed.
    static func canonicalRFC822(_ bytes: UnsafeBufferPointer<UInt8>) -> FeedDate? {
        var index = 0
        func number(_ widths: ClosedRange<Int>) -> Int? {
            var value = 0
            let start = index
            while index < bytes.count, index - start < widths.upperBound, isDigit(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            return widths.contains(index - start) ? value : nil
        }
        func skip(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        func word(_ length: Int) -> UInt32? {
            guard index + length <= bytes.count else { return nil }
            var packed: UInt32 = 0
            for offset in 0..<length {
                let byte = bytes[index + offset] | 0x20
                guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) else { return nil }
                packed = packed << 8 | UInt32(byte)
            }
            index += length
            return packed
        }
        guard let dayName = word(3), canonicalDays.contains(dayName), skip(UInt8(ascii: ",")),
            skip(UInt8(ascii: " ")), let day = number(1...2), skip(UInt8(ascii: " ")),
            let monthName = word(3), let month = canonicalMonths.firstIndex(of: monthName),
            skip(UInt8(ascii: " ")), let year = number(4...4), skip(UInt8(ascii: " ")), let hour = number(1...2),
            skip(UInt8(ascii: ":")), let minute = number(2...2)
        else { return nil }
        var second = 0
        if skip(UInt8(ascii: ":")) {
            guard let seconds = number(2...2) else { return nil }
            second = seconds
        }
        guard skip(UInt8(ascii: " ")), index < bytes.count else { return nil }
        let offset: Int
        if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let zone = number(4...4), zone / 100 <= 14, zone % 100 < 60 else { return nil }
            offset = sign * (zone / 100 * 3600 + zone % 100 * 60)
        } else {
            let rest = bytes.count - index
            guard rest == 3 || rest == 2, let name = word(rest),
                name == canonicalGMT || name == canonicalUTC || name == canonicalUT
            else { return nil }
            offset = 0
        }
        guard index == bytes.count else { return nil }
        return make(year, month + 1, day, hour, minute, second, offset)
    }

    private static func packed(_ word: String) -> UInt32 {
        word.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static let canonicalDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map { packed($0) }
    private static let canonicalMonths = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ].map { packed($0) }
    private static let canonicalGMT = packed("gmt")
    private static let canonicalUTC = packed("utc")
    private static let canonicalUT = packed("ut")

    /// `[Day,] DD Mon YYYY hh:mm[:ss] [zone]`, taken as words in any order: the month is the word of letters
    /// that names one, the time the word with colons, the year the number of four digits (or the second
    /// number of two), the zone what follows the time. Day names, commas, dots and comments in parentheses
    /// ("(PDT)") are ignored.
    static func rfc822(_ text: String) -> FeedDate? {
        // Words are read from the bytes (white space beyond ASCII, like a no-break space, made a space first):
        // asking each character whether it is white space cost more than the rest of reading a feed's item.
        // Words are short, so each fits in a string without an allocation.
        let text = text.utf8.contains { $0 >= 0x80 } ? WhiteSpace.collapsed(text) : text
        var words: [String] = []
        var start: String.Index?
        var depth = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        func endWord() {
            if let begun = start { words.append(String(text[begun..<index])) }
            start = nil
        }
        while index < utf8.endIndex {
            switch utf8[index] {
            case UInt8(ascii: "("):
                endWord()
                depth += 1
            case UInt8(ascii: ")"):
                endWord()
                depth = max(0, depth - 1)
            case UInt8(ascii: " "), UInt8(ascii: ","), 0x09...0x0D:
                endWord()
            default:
                if depth == 0 && start == nil { start = index }
            }
            index = utf8.index(after: index)
        }
        endWord()
        // RFC 850's `07-Sep-2002` is three words.
        words = words.flatMap { word -> [String] in
            let parts = word.split(separator: "-")
            guard parts.count == 3, parts[1].allSatisfy(\.isLetter), parts[0].allSatisfy(\.isNumber) else {
                return [word]
            }
            return parts.map(String.init)
        }
        var day: Int?, month: Int?, year: Int?, time: (Int, Int, Int)?, offset: Int?
        var numbers: [(value: Int, length: Int)] = []
        for word in words {
            if time == nil, word.utf8.contains(UInt8(ascii: ":")), let parsed = clock(word) {
                time = parsed
            } else if time != nil, offset == nil, let zone = zone(word) {
                offset = zone
            } else if let value = Int(word), value >= 0 {
                numbers.append((value, word.count))
            } else if month == nil, let named = monthNumber(word) {
                month = named
            } else if !isDayName(word) {
                return nil
            }
        }
        for number in numbers {
            if number.length == 4, year == nil {
                year = number.value
            } else if day == nil, number.length <= 2, (1...31).contains(number.value) {
                day = number.value
            } else if year == nil, number.length <= 2 {
                year = number.value < 50 ? 2000 + number.value : 1900 + number.value
            } else {
                return nil
            }
        }
        guard let day, let month, let year else { return nil }
        let (hour, minute, second) = time ?? (0, 0, 0)
        return make(year, month, day, hour, minute, second, offset ?? 0)
    }

    private static func clock(_ word: String) -> (Int, Int, Int)? {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        // Seconds may carry a fraction; `04:00:` and `04:00:.5` have no seconds to read.
        let whole = parts.count == 3 ? parts[2].split(separator: ".", omittingEmptySubsequences: false).first : "0"
        let second = whole.flatMap { Int($0) }
        guard let second else { return nil }
        return (hour, minute, second)
    }

    /// Offsets of the zone names RFC 822 allows and feeds use, in minutes east of UTC. Military single letters
    /// are read as UTC, as RFC 1123 advises (their signs were defined backwards).
    private static let namedZones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
        "MDT": -360, "PST": -480, "PDT": -420, "CET": 60, "CEST": 120, "BST": 60, "IST": 330, "JST": 540,
    ]

    private static func zone(_ word: String) -> Int? {
        let upper = word.uppercased()
        if let named = namedZones[upper] { return named * 60 }
        if upper.count == 1, upper.first?.isLetter == true { return 0 }
        for prefix in ["GMT", "UTC", "UT"] where upper.hasPrefix(prefix) {
            return numericZone(String(upper.dropFirst(prefix.count)))
        }
        return numericZone(word)
    }

    /// `+hhmm`, `+hh:mm` or `+hh` (or `-`), in seconds east of UTC.
    private static func numericZone(_ text: String) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), digits.count == 2 || digits.count == 4,
            let hours = Int(digits.prefix(2)),
            let minutes = Int(digits.dropFirst(2).isEmpty ? "0" : digits.dropFirst(2)),
            hours <= 14, minutes < 60
        else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func monthNumber(_ word: String) -> Int? {
        let letters = word.lowercased().filter { $0 != "." }
        guard letters.count >= 3, let index = months.firstIndex(of: String(letters.prefix(3))) else { return nil }
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ][index]
        return full.hasPrefix(letters) || letters == "sept" ? index + 1 : nil
    }

    private static func isDayName(_ word: String) -> Bool {
        let letters = word.lowercased().filter { $0 != "." }
        guard letters.count >= 3 else { return false }
        return ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains {
            $0.hasPrefix(letters)
        }
    }

    // MARK: Calendar

    private static func make(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ offset: Int
    ) -> FeedDate? {
        guard (1...12).contains(month), (1...PartialDate.days(in: month, of: year)).contains(day),
            (0...24).contains(hour),
            (0...59).contains(minute), (0...60).contains(second), hour < 24 || minute == 0 && second == 0
        else { return nil }
        let days = Int64(daysFromCivil(year, month, day))
        // A leap second is read as the last second of its minute.
        let clock = Int64(hour * 3600 + minute * 60 + min(second, 59))
        return FeedDate(seconds: days * 86_400 + clock - Int64(offset))
    }

    /// Days since 1970-01-01 of a date of the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int64) -> (Int, Int, Int) {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// Reads ASCII left to right.
    private struct Scanner {
        private let bytes: [UInt8]
        private var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }
        var rest: ArraySlice<UInt8> { bytes[index...] }

        mutating func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count, bytes[index..<index + width].allSatisfy(FeedDate.isDigit) else {
                return nil
            }
            defer { index += width }
            return Int(String(decoding: bytes[index..<index + width], as: UTF8.self))
        }

        mutating func skip(_ character: Character) -> Bool {
            guard !atEnd, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
            index += 1
            return true
        }

        mutating func skipDigits() { while !atEnd, FeedDate.isDigit(bytes[index]) { index += 1 } }
        mutating func skipSpaces() { while !atEnd, bytes[index] == UInt8(ascii: " ") { index += 1 } }
        mutating func finish() { index = bytes.count }
    }
}
