import Foundation
import SanctuaryTestSupport
import Testing
import XMLStream

#if canImport(Glibc)
    import Glibc
#endif

/// Documents that try to make the reader read a file, open a connection, or expand without end; and
/// ill-formed ones, which recover mode reads with what it repaired.
@Suite struct HostileXMLTests {
    private static func read(_ reader: XMLStreamReader) throws -> (elements: [String], text: String) {
        var elements: [String] = []
        var text = ""
        while let node = try reader.next() {
            if node.kind == .startElement { elements.append(node.name) }
            text += node.text
        }
        return (elements, text)
    }

    /// Reads `document` streaming and recovering, from memory and from a file: what each gave, or its error.
    private static func everyWay(_ document: String) throws -> [Result<(elements: [String], text: String), any Error>] {
        let folder = try TemporaryDirectory()
        let path = try folder.write("document.xml", document)
        let bytes = Array(document.utf8)
        return [
            Result { try read(XMLStreamReader(bytes: bytes)) },
            Result { try read(XMLStreamReader(path: path)) },
            Result { try read(XMLStreamReader.recovering(bytes: bytes)) },
            Result { try read(XMLStreamReader.recovering(path: path)) },
        ]
    }

    @Test func aFileIsReadAsItsBytesAre() throws {
        let document =
            "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Foro &amp; Red</title></feed>"
        for result in try Self.everyWay(document) {
            let read = try result.get()
            #expect(read.elements == ["feed", "title"])
            #expect(read.text == "Foro & Red")
        }
    }

    @Test func recoverModeReadsWhatTheStreamGivesUpOnAndSaysWhere() throws {
        let bytes = Array("<rss>\n<item><title>one</title>\n<title>two &amp three</item>\n</rss>".utf8)
        #expect(throws: XMLDiagnostic.self) { try Self.read(XMLStreamReader(bytes: bytes)) }
        let reader = try XMLStreamReader.recovering(bytes: bytes)
        let read = try Self.read(reader)
        #expect(read.elements == ["rss", "item", "title", "title"])
        #expect(read.text.contains("one"))
        #expect(read.text.contains("two"))
        let first = try #require(reader.diagnostics.first)
        #expect(first.line == 3)
        #expect(first.column > 0)
    }

    @Test func entityExpansionIsBounded() throws {
        var document = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            document += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        document += "]>\n<lolz>&lol9;</lolz>"
        let started = Date()
        for result in try Self.everyWay(document) {
            if case .success(let read) = result { #expect(read.text.utf8.count < 1_000_000) }
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func externalEntitiesReadNoFileAndOpenNoConnection() throws {
        let folder = try TemporaryDirectory()
        let secret = try folder.write("secret.txt", "TOP-SECRET-CONTENT")
        let listener = try Listener()
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE r [
              <!ENTITY file SYSTEM "file://\(secret)">
              <!ENTITY web SYSTEM "http://127.0.0.1:\(listener.port)/entity">
              <!ENTITY % remote SYSTEM "http://127.0.0.1:\(listener.port)/dtd">
              %remote;
            ]>
            <r>&file;&web;</r>
            """
        for result in try Self.everyWay(document) {
            if case .success(let read) = result { #expect(!read.text.contains("TOP-SECRET")) }
        }
        #expect(listener.connections() == 0)
    }
}

/// A TCP socket listening on 127.0.0.1 that only counts who connects.
private final class Listener {
    private let socket: Int32
    let port: Int

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socket = socket
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(socket, address, length) == 0 && listen(socket, 16) == 0
                    && getsockname(socket, address, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        port = Int(UInt16(bigEndian: address.sin_port))
        _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
    }

    deinit { close(socket) }

    /// How many connections are waiting to be accepted.
    func connections() -> Int {
        var count = 0
        while case let accepted = accept(socket, nil, nil), accepted >= 0 {
            close(accepted)
            count += 1
        }
        return count
    }
}
