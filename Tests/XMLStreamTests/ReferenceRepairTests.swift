import Testing

@testable import XMLStream

@Suite struct ReferenceRepairTests {
    private func repaired(_ text: String) -> String? {
        ReferenceRepair.repaired(Array(text.utf8)).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    @Test func aBareAmpersandIsEscapedWithItsLineAndColumn() throws {
        let result = try #require(ReferenceRepair.repaired(Array("<a>x</a>\n<b>Fish & chips, ?a=1&b=2</b>".utf8)))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "<a>x</a>\n<b>Fish &amp; chips, ?a=1&amp;b=2</b>")
        #expect(result.diagnostics.map { "\($0.line):\($0.column)" } == ["2:9", "2:22"])
    }

    @Test func htmlNamesBecomeNumericReferencesAndTheRestIsKept() {
        #expect(
            repaired("<t>Caf&eacute; &nbsp;&amp; &#233; &#xE9; &bogus;</t>")
                == "<t>Caf&#233; &#160;&amp; &#233; &#xE9; &bogus;</t>")
        #expect(repaired("<t>&amp; &lt; &#233; &unknown;</t>") == nil)
    }

    @Test func cdataCommentsAndInstructionsAreLeftAsTheyAre() {
        #expect(repaired("<t><![CDATA[Fish & chips &eacute;]]><!-- a & b --><?pi a & b?></t>") == nil)
        #expect(repaired("<t><![CDATA[&]]> & </t>") == "<t><![CDATA[&]]> &amp; </t>")
    }

    @Test func utf16IsLeftToLibxml2() {
        #expect(ReferenceRepair.repaired([0xFF, 0xFE, 0x3C, 0x00, 0x26, 0x00]) == nil)
    }
}
