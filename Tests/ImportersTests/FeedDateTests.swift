import Importers
import Testing

@Suite struct FeedDateTests {
    @Test(arguments: [
        // RFC 822 / RFC 1123 as RSS writes it, and its usual sloppiness.
        ("Sat, 07 Sep 2002 00:00:01 GMT", "2002-09-07T00:00:01Z"),
        ("Sat, 7 Sep 2002 0:00:01 -0400", "2002-09-07T04:00:01Z"),
        ("Sat, 07 Sep 2002 09:42:31 +0530", "2002-09-07T04:12:31Z"),
        ("Sat, 07 Sep 2002 09:42:31 +05:30", "2002-09-07T04:12:31Z"),
        ("07 Sep 2002 00:00:01 +0000", "2002-09-07T00:00:01Z"),
        ("Sat, 07 Sep 2002 00:00 EST", "2002-09-07T05:00:00Z"),
        ("Sat, 07 Sep 2002 00:00:00 PDT", "2002-09-07T07:00:00Z"),
        ("Sat, 07 Sep 02 00:00:00 UT", "2002-09-07T00:00:00Z"),
        ("Tue, 10 Jun 99 04:00:00 GMT", "1999-06-10T04:00:00Z"),
        ("Saturday, 07 September 2002 00:00:01 GMT", "2002-09-07T00:00:01Z"),
        ("Sat,07 Sept. 2002 00:00:01 gmt", "2002-09-07T00:00:01Z"),
        ("Sat, 07 Sep 2002 00:00:01 -0700 (PDT)", "2002-09-07T07:00:01Z"),
        ("Sat, 07 Sep 2002 00:00:01 GMT+0200", "2002-09-06T22:00:01Z"),
        ("Sep 07 2002 00:00:01 GMT", "2002-09-07T00:00:01Z"),
        ("Sat 07 Sep 2002 00:00:01", "2002-09-07T00:00:01Z"),
        ("  Sat, 07 Sep 2002  ", "2002-09-07T00:00:00Z"),
        ("Mon, 29 Feb 2016 23:59:60 Z", "2016-02-29T23:59:59Z"),
        ("Sat, 07 Sep 2002 00:00:01 A", "2002-09-07T00:00:01Z"),
        // ISO 8601 / RFC 3339 as Atom and Dublin Core write it.
        ("2002-09-07T00:00:01Z", "2002-09-07T00:00:01Z"),
        ("2002-09-07T02:00:01+02:00", "2002-09-07T00:00:01Z"),
        ("2002-09-07T02:00:01.250+0200", "2002-09-07T00:00:01Z"),
        ("2002-09-06T22:00:01-02", "2002-09-07T00:00:01Z"),
        ("2002-09-07 00:00:01", "2002-09-07T00:00:01Z"),
        ("2002-09-07t00:00z", "2002-09-07T00:00:00Z"),
        ("2002-09-07", "2002-09-07T00:00:00Z"),
        ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
        ("2000-01-01T00:00:00+14:00", "1999-12-31T10:00:00Z"),
    ])
    func datesAreReadAndKeptInUTC(_ text: String, _ utc: String) {
        #expect(FeedDate(text)?.description == utc)
    }

    @Test(arguments: [
        "", "yesterday", "Sat, 31 Feb 2002 00:00:00 GMT", "2002-02-30", "2002-13-01T00:00:00Z", "2002-09-07T25:00:00Z",
        "Sat, 07 Foo 2002 00:00:00 GMT", "2002-09-07T00:00:00+2500", "07 Sep", "2002-09-07Tnoon",
        "Sat, 07 Sep 2002 00:61",
        // Found by Tools/fuzz (FuzzDate): a clock ending in ':' or ':.' read seconds that are not there.
        "2008:0: 000 -03 Sep 2028:00e1001-03-0thu", "Sat, 07 Sep 2002 10:00: GMT", "Sat, 07 Sep 2002 10:00:. GMT",
    ])
    func whatIsNotADateIsNone(_ text: String) {
        #expect(FeedDate(text) == nil)
    }

    @Test func datesCompareInTime() throws {
        let earlier = try #require(FeedDate("Sat, 07 Sep 2002 10:00:00 +0200"))
        let later = try #require(FeedDate("2002-09-07T09:00:00Z"))
        #expect(earlier < later)
    }
}
