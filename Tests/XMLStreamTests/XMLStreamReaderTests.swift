import Foundation
import SanctuaryTestSupport
import Testing
import XMLStream

@Suite struct XMLStreamReaderTests {
    private func nodes(_ text: String) throws -> [XMLNode] {
        let reader = try XMLStreamReader(bytes: Array(text.utf8))
        var nodes: [XMLNode] = []
        while let node = try reader.next() { nodes.append(node) }
        return nodes
    }

    @Test func readsElementsTextAndAttributesWithNamespaces() throws {
        let document = """
            <?xml version="1.0"?>
            <rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
              <item><title>Foro &amp; Red</title><dc:subject>migración</dc:subject><br/></item>
            </rss>
            """
        let elements = try nodes(document).filter { $0.kind == .startElement }
        #expect(elements.map(\.name) == ["rss", "item", "title", "subject", "br"])
        #expect(elements[0].attributes == [XMLAttribute(name: "version", namespace: nil, value: "2.0")])
        #expect(elements[3].namespace == "http://purl.org/dc/elements/1.1/")
        #expect(elements[4].isEmptyElement)
        #expect(elements[2].line == 3)
        let texts = try nodes(document).filter { $0.kind == .text && !$0.text.allSatisfy(\.isWhitespace) }
        #expect(texts.map(\.text) == ["Foro & Red", "migración"])
    }

    @Test func cdataArrivesAsText() throws {
        let texts = try nodes("<a><![CDATA[<b>bold</b>]]></a>").filter { $0.kind == .text }
        #expect(texts.map(\.text) == ["<b>bold</b>"])
    }

    @Test func anErrorNamesItsLine() throws {
        let document = "<feed>\n<entry>\n<title>x</titel>\n</entry>\n</feed>"
        #expect {
            try nodes(document)
        } throws: { error in
            guard let diagnostic = error as? XMLDiagnostic else { return false }
            return diagnostic.line == 3 && diagnostic.message.contains("mismatch")
        }
    }

    /// Found by Tools/fuzz (FuzzFeed): reading an empty file for recover mode leaked Foundation's buffer,
    /// which the suite's run under AddressSanitizer in CI reports.
    @Test func anEmptyFileIsNoDocumentEvenInRecoverMode() throws {
        let folder = try TemporaryDirectory()
        let empty = try folder.write("empty.xml", "")
        #expect(throws: XMLDiagnostic.self) { try XMLStreamReader.recovering(path: empty) }
        let some = try folder.write("some.xml", "<a>one &amp; two</a>")
        let reader = try XMLStreamReader.recovering(path: some)
        var texts: [String] = []
        while let node = try reader.next() {
            if node.kind == .text { texts.append(node.text) }
        }
        #expect(texts == ["one & two"])
    }

    @Test func anIllFormedDocumentStopsAtItsFirstError() throws {
        let reader = try XMLStreamReader(bytes: Array("<a>\n<b>one</a>".utf8))
        #expect(throws: XMLDiagnostic.self) { while try reader.next() != nil {} }
        #expect(reader.diagnostics.first?.severity == .fatal)
        #expect(reader.diagnostics.first?.line == 2)
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let folder = try TemporaryDirectory()
        let secret = try folder.write("secret.txt", "TOP-SECRET-CONTENT")
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY xxe SYSTEM "file://\(secret)">]>
            <r>&xxe;</r>
            """
        let reader = try XMLStreamReader(bytes: Array(document.utf8))
        var text = ""
        var elements: [String] = []
        while let node = try reader.next() {
            text += node.text
            if node.kind == .startElement { elements.append(node.name) }
        }
        #expect(elements == ["r"])
        #expect(!text.contains("TOP-SECRET"))
    }

    @Test func theLinkedLibraryReportsItsVersion() {
        #expect(Int(XMLStreamReader.libraryVersion) ?? 0 >= 20900)
    }
}
