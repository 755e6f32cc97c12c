import SanctuaryTestSupport
import Testing
import XMLStream

/// ``XMLReadAhead`` is held to ``XMLStreamReader``: the same nodes, in the same order, with the same names,
/// attributes, texts and lines, across many batches, and the same ending or error.
@Suite struct XMLReadAheadTests {
    private struct Seen: Equatable {
        var kind: XMLNode.Kind
        var name: XMLName?
        var isEmptyElement = false
        var attributes: [XMLAttribute] = []
        var text: [UInt8] = []
        var line: Int
    }

    private struct Read: Equatable {
        var nodes: [Seen] = []
        var diagnostics: [XMLDiagnostic] = []
        var encoding: String?
        var error: XMLDiagnostic?
    }

    private func read<Cursor: XMLCursor>(_ cursor: inout Cursor) -> Read {
        var read = Read()
        do {
            while let kind = try cursor.advance() {
                var seen = Seen(kind: kind, line: cursor.line)
                switch kind {
                case .startElement:
                    // The name's number first: a stream reader adds a name met for the first time.
                    let name = cursor.elementName
                    seen.name = cursor.elementNames[name]
                    seen.isEmptyElement = cursor.isEmptyElement
                    seen.attributes = cursor.attributes()
                case .endElement:
                    let name = cursor.elementName
                    seen.name = cursor.elementNames[name]
                case .text:
                    cursor.appendText(to: &seen.text)
                }
                read.nodes.append(seen)
            }
            read.diagnostics = cursor.diagnostics
            read.encoding = cursor.encoding
        } catch {
            read.error = error as? XMLDiagnostic
        }
        return read
    }

    private func bothWays(_ path: String) throws -> (streamed: Read, readAhead: Read) {
        var reader = try XMLStreamReader(path: path)
        var streamed = read(&reader)
        // What was reported before an error goes with the error, ahead.
        if streamed.error != nil { streamed.diagnostics = [] }
        let readAhead = try XMLReadAhead.reading(path: path) { read(&$0) }
        return (streamed, readAhead)
    }

    /// `text` in ISO-8859-1, as the feed declares.
    private func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8($0.value) }
    }

    /// About twenty nodes and a hundred bytes of text an item: a thousand items make several batches.
    private func largeFeed(items: Int, breakingAt broken: Int? = nil) -> String {
        var text = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.org/rss-0.91.dtd">
            <rss version="0.91" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>

            """
        for number in 0..<items {
            let title = number == broken ? "A <b>broken</c> title" : "Caf\u{E9} n\u{BA} \(number) &amp; &eacute;t\u{E9}"
            text += """
                <item><title>\(title)</title><guid isPermaLink="false">id-\(number)</guid><br/>
                <dc:subject>migration</dc:subject><description><![CDATA[<p>\(String(repeating: "words ", count: 8))</p>]]></description></item>

                """
        }
        return text + "</channel></rss>\n"
    }

    @Test func readsTheSameNodesAsTheStreamReaderAcrossBatches() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("feed.rss", bytes: latin1(largeFeed(items: 1_000)))
        let (streamed, readAhead) = try bothWays(path)
        #expect(readAhead.nodes.count > 7_000)
        #expect(readAhead.nodes.count == streamed.nodes.count)
        #expect(readAhead == streamed)
        #expect(readAhead.encoding == "ISO-8859-1")
        #expect(readAhead.nodes.last?.name == XMLName(name: "rss", namespace: nil))
        // An entity of HTML's in an RSS 0.91 feed is read as its character, and libxml2 says it is not declared.
        #expect(readAhead.diagnostics.count == 1_000)
        #expect(readAhead.diagnostics.first?.message == "Entity 'eacute' not defined")
        #expect(readAhead.diagnostics.first?.line == 4)
        let titles = readAhead.nodes.indices.filter { readAhead.nodes[$0].name?.name == "title" }
        let texts = readAhead.nodes[titles[0]...titles[1]].filter { $0.kind == .text }
        #expect(texts.map { String(decoding: $0.text, as: UTF8.self) } == ["Café nº 0 & ", "é", "té"])
        #expect(readAhead.nodes.contains { $0.isEmptyElement && $0.name?.name == "br" })
        let notPermaLink = XMLAttribute(name: "isPermaLink", namespace: nil, value: "false")
        #expect(readAhead.nodes.contains { $0.attributes == [notPermaLink] })
    }

    @Test func stopsAtTheSameErrorAfterTheSameNodes() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("broken.rss", bytes: latin1(largeFeed(items: 600, breakingAt: 500)))
        let (streamed, readAhead) = try bothWays(path)
        let error = try #require(readAhead.error)
        #expect(error.message == "Opening and ending tag mismatch: b line 1004 and c")
        #expect(error.line == 1_004)
        #expect(readAhead == streamed)
        #expect(readAhead.nodes.count > 3_000)
    }

    @Test func aFileThatDoesNotOpenIsTheErrorThatSaysSo() throws {
        let readAhead = try XMLReadAhead.reading(path: "/nonexistent/feed.rss") { read(&$0) }
        #expect(readAhead.error?.message == "cannot open /nonexistent/feed.rss")
        #expect(readAhead.nodes.isEmpty)
    }

    private struct Enough: Error {}

    @Test func leavingEarlyStopsTheParsingThreadAndPassesTheErrorOn() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("feed.rss", bytes: latin1(largeFeed(items: 3_000)))
        for _ in 0..<20 {
            var read = 0
            #expect(throws: Enough.self) {
                try XMLReadAhead.reading(path: path, depth: 1) { reader in
                    while try reader.advance() != nil {
                        read += 1
                        if read == 10 {
                            #expect(OpenFiles.count(of: path) == 1)
                            throw Enough()
                        }
                    }
                }
            }
            #expect(read == 10)
            #expect(OpenFiles.count(of: path) == 0)
        }
        let all = try XMLReadAhead.reading(path: path, depth: 1) { reader in
            var count = 0
            while try reader.advance() != nil { count += 1 }
            return count
        }
        #expect(all > 20_000)
    }
}
