import SanctuaryTestSupport
import Testing

@testable import Importers

/// RSS's usual date is read straight from its bytes; it must come to the date the word-by-word reader finds.
@Suite struct CanonicalDateTests {
    @Test func canonicalDatesAgreeWithTheWordReader() {
        var random = SplitMix64(seed: 11)
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "sun", "Xyz"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "DEC", "Foo"]
        let zones = [
            "GMT", "UT", "UTC", "gmt", "+0000", "-0600", "+0530", "+1400", "+1500", "-0060", "EST", "+05:30", "Z",
        ]
        var read = 0
        for _ in 0..<20_000 {
            let day = Int.random(in: 0...32, using: &random)
            let year = Int.random(in: 1890...2110, using: &random)
            let hour = Int.random(in: 0...25, using: &random)
            let minute = Int.random(in: 0...61, using: &random)
            let second = Int.random(in: 0...61, using: &random)
            let seconds = Bool.random(using: &random) ? ":\(second < 10 ? "0" : "")\(second)" : ""
            let text =
                "\(days.randomElement(using: &random)!), \(day) \(months.randomElement(using: &random)!) \(year) "
                + "\(hour):\(minute < 10 ? "0" : "")\(minute)\(seconds) \(zones.randomElement(using: &random)!)"
            var bytes = text
            let fast = bytes.withUTF8 { FeedDate.canonicalRFC822($0) }
            if fast != nil { read += 1 }
            #expect(fast == nil || fast == FeedDate.rfc822(text), "\(text)")
            #expect(FeedDate(text) == FeedDate.rfc822(text), "\(text)")
        }
        #expect(read > 5_000, "only \(read) dates read from their bytes")
    }
}
