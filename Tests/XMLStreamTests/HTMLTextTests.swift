import Testing
import XMLStream

@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("<p>Caf&eacute; &amp; <b>th&#233;</b> &#x2014; &lt;ok&gt;</p>", "Café & thé — <ok>"),
        ("Plain text, no tags", "Plain text, no tags"),
        ("<p>One</p><p>Two<br>Three</p>", "One\nTwo\nThree"),
        ("<script>alert('x')</script><style>p{color:red}</style>Safe <!-- hidden -->text", "Safe text"),
        ("<div>  spaced\n\n  out\t words </div>", "spaced out words"),
        ("<ul><li>first<li>second</ul>", "first\nsecond"),
        ("<p>unclosed <i>italic <b>bold</p> after", "unclosed italic bold\nafter"),
        ("<a href=\"https://example.org\">a link</a>", "a link"),
        ("", ""),
        ("<img src=\"x.png\">", ""),
        ("Fête de la <em>solidarité</em> à Montréal", "Fête de la solidarité à Montréal"),
    ])
    func htmlBecomesPlainText(_ html: String, _ text: String) {
        #expect(HTMLText.plain(html) == text)
    }
}
