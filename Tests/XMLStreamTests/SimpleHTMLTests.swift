import SanctuaryTestSupport
import Testing

@testable import XMLStream

/// ``SimpleHTML`` reads feeds' usual HTML without libxml2, and must read it to the same text, or give up.
@Suite struct SimpleHTMLTests {
    /// Pieces of the HTML feeds carry, drawn into fragments.
    private static let usual = [
        "word", "Café", " ", "  \n\t ", "\u{00A0}", "mot—clé", "علم", "\r\n", "<p>", "</p>", "<P class=\"lead\">",
        "<div>", "</div>", "<br>", "<br/>", "<BR />", "<hr>", "<b>", "</b>", "<em>", "</em>", "<strong>", "</strong>",
        "<i>", "</i>", "<a href=\"https://x.org/?a=1&b=2\">", "<a href='/rel>ative'>", "<a href=plain>", "</a>", "<ul>",
        "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<dl>", "<dt>", "</dt>", "<dd>", "</dd>", "<h2>", "</h2>",
        "<blockquote>", "</blockquote>", "<pre>", "</pre>", "<span>", "</span>", "<p/>", "<b/>",
        "<script>var a = '<p>x</p>';</script>", "<style>p { color: red }</style>",
        "<SCRIPT type=\"text/javascript\">if (a < b) {}</SCRIPT>", "<!-- note -->", "<!-- <p>hidden</p> -->",
        "<!---->", "&amp;", "&lt;", "&eacute;", "&nbsp;", "&#233;", "&#x2014;", "& ", "&",
    ]
    /// And of what feeds get wrong or libxml2 repairs, drawn now and then.
    private static let unusual = [
        "<!-->", "<!-- a --!> b -->", "<script></p>x</script>", "<script>x</scripty>", "&#0;", "&#xD800;", "&bogus;",
        "&amp", "&#65", "<img src=\"x.png\">",
        "<table><tr><td>", "</td>", "<noscript>", "<title>", "</title>", "<font color=red>", "</font>", "<sup>",
        "a < b", "x > y", "<!DOCTYPE html>", "<?php ?>", "</br>", "<p", "<a b=\"1\" b=\"2\">", "\u{FEFF}", "\u{0}",
        "\u{1}",
    ]

    @Test func agreesWithLibxml2OnGeneratedFragments() {
        var random = SplitMix64(seed: 7)
        var fast = 0
        let fragments = 20_000
        for _ in 0..<fragments {
            let count = Int.random(in: 0...12, using: &random)
            var html = (0..<count).map { _ in
                let pieces = Int.random(in: 0..<20, using: &random) == 0 ? Self.unusual : Self.usual
                return pieces.randomElement(using: &random)!
            }.joined()
            let simple = html.withUTF8 { SimpleHTML.text(of: $0) }
            guard let simple else { continue }
            fast += 1
            let parsed = html.withUTF8 { HTMLText.parsed($0) }
            #expect(simple == parsed, "\(html.debugDescription)")
        }
        // The fragments must exercise the fast reader, not only its giving up.
        #expect(fast > fragments / 5, "only \(fast) of \(fragments) fragments read without libxml2")
    }

    @Test(arguments: [
        ("<p>Caf&eacute; &amp; <b>th&#233;</b> &#x2014; &lt;ok&gt;</p>", "Café & thé — <ok>"),
        ("<p>One</p><p>Two<br>Three</p>", "One\nTwo\nThree"),
        ("<script>alert('<p>x</p>')</script>Safe <!-- hidden -->text", "Safe text"),
        ("Fish & chips", "Fish & chips"),
    ])
    func readsFeedsUsualMarkup(_ html: String, _ text: String) {
        var html = html
        #expect(html.withUTF8 { SimpleHTML.text(of: $0) } == text)
    }

    @Test(arguments: [
        "<p>a<div>b</div></p>", "<img src=x.png> caption", "x</b>", "&bogus;", "a < b", "<li>one<li>two",
        "<table><tr><td>cell</td></tr></table>",
        // Found by Tools/fuzz (FuzzHTML): a NUL in an attribute, which libxml2 reads its own way.
        "<p r welc=med\u{0} de p>text</p>",
        // And 261 nested elements, past which libxml2 stops reading.
        String(repeating: "<b>x", count: 261),
        // And a script whose text starts with an end tag, which libxml2 reads as one.
        "a<script>x</script>b<script></p>c</script>d",
        // And a comment that libxml2 ends at `--!>`.
        "<!-- a --!> b -->c",
    ])
    func leavesToLibxml2WhatItsRepairsCouldChange(_ html: String) {
        var html = html
        #expect(html.withUTF8 { SimpleHTML.text(of: $0) } == nil)
    }
}
