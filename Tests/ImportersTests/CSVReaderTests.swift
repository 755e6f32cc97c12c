import Importers
import Testing

@Suite struct CSVReaderTests {
    private func records(_ bytes: [UInt8], chunkSize: Int = 1 << 16) throws -> (CSVReader, [CSVRecord]) {
        let reader = try CSVReader(bytes: bytes, chunkSize: chunkSize)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return (reader, records)
    }

    private func records(_ text: String, chunkSize: Int = 1 << 16) throws -> [CSVRecord] {
        try records(Array(text.utf8), chunkSize: chunkSize).1
    }

    @Test(arguments: [1, 2, 3, 7, 64, 1 << 16])
    func quotedFieldsHoldDelimitersQuotesAndNewlines(chunkSize: Int) throws {
        let text = "name,description\r\n\"Red, Jurídica\",\"says \"\"hola\"\"\r\nand more\"\r\nCasa,plain\r\n"
        let rows = try records(text, chunkSize: chunkSize)
        #expect(
            rows == [
                CSVRecord(line: 1, cells: ["name", "description"]),
                CSVRecord(line: 2, cells: ["Red, Jurídica", "says \"hola\"\r\nand more"]),
                CSVRecord(line: 4, cells: ["Casa", "plain"]),
            ])
    }

    @Test func lineEndingsLFAndCRAndNoFinalNewline() throws {
        #expect(try records("a,b\nc,d").map(\.cells) == [["a", "b"], ["c", "d"]])
        #expect(try records("a,b\rc,d\r").map(\.cells) == [["a", "b"], ["c", "d"]])
    }

    @Test(arguments: [false, true])
    func aCellOverTheLimitIsAProblemOfItsRecordAndIsNotKept(quoted: Bool) throws {
        let huge = String(repeating: "x", count: CSVReader.maximumCellBytes + 10)
        let cell = quoted ? "\"\(huge)\"" : huge
        let rows = try records("name,description\nBig,\(cell)\nSmall,fine\n", chunkSize: 4096)
        #expect(rows.count == 3)
        #expect(rows[1].line == 2)
        #expect(rows[1].problem == "cell 2 holds 1048586 bytes, over the 1048576 a cell may hold")
        #expect(rows[1].cells == ["Big", ""])
        #expect(rows[2] == CSVRecord(line: 3, cells: ["Small", "fine"]))
    }

    @Test func aControlCharacterIsAProblemOfItsRecord() throws {
        let (_, rows) = try records(Array("name,country\nNul".utf8) + [0] + Array("Name,DE\nTab\tName,FR\n".utf8))
        #expect(rows[1].problem == "cell 1 holds the control character U+0000")
        #expect(rows[2].problem == nil)
        #expect(try records("a,b\nx,\u{1B}[31m\n")[1].problem == "cell 2 holds the control character U+001B")
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        #expect(try records("a\n\n\nb\n") == [CSVRecord(line: 1, cells: ["a"]), CSVRecord(line: 4, cells: ["b"])])
    }

    @Test(arguments: [("a;b;c\n1;2;3\n", ";"), ("a\tb\n1\t2\n", "\t"), ("a,b\n1,2\n", ","), ("\"x;y\",b\n", ",")])
    func theDelimiterIsSniffed(_ text: String, _ delimiter: String) throws {
        let reader = try CSVReader(bytes: Array(text.utf8))
        #expect(reader.delimiter == delimiter.utf8.first)
    }

    @Test func utf8BOMIsDropped() throws {
        let (reader, rows) = try records([0xEF, 0xBB, 0xBF] + Array("name\nZürich\n".utf8))
        #expect(reader.encoding == .utf8BOM)
        #expect(rows.map(\.cells) == [["name"], ["Zürich"]])
    }

    @Test(arguments: [false, true])
    func utf16WithBOMIsDecoded(bigEndian: Bool) throws {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in "name,city\n東京 Solidarity,Kraków 😀\n".utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        for chunkSize in [1, 3, 1 << 16] {
            let (reader, rows) = try records(bytes, chunkSize: chunkSize)
            #expect(reader.encoding == (bigEndian ? .utf16BE : .utf16LE))
            #expect(rows.map(\.cells) == [["name", "city"], ["東京 Solidarity", "Kraków 😀"]])
        }
    }

    @Test func windows1252IsTheFallbackWithAWarning() throws {
        // "Bogotá;€" in Windows-1252.
        let (reader, rows) = try records(
            Array("name;sign\n".utf8) + [0x42, 0x6F, 0x67, 0x6F, 0x74, 0xE1, 0x3B, 0x80, 0x0A])
        #expect(reader.encoding == .windows1252)
        #expect(rows.map(\.cells) == [["name", "sign"], ["Bogotá", "€"]])
        #expect(reader.warnings.count == 1)
    }

    @Test func aStrayNonUTF8CellLaterIsReadAsWindows1252() throws {
        // The encoding is chosen from the first few kilobytes, which are UTF-8 here.
        let valid = String(repeating: "Zürich\n", count: 2000)
        let bytes = Array(("name\n" + valid).utf8) + [0x53, 0xE3, 0x6F, 0x0A]
        let (reader, rows) = try records(bytes, chunkSize: 1024)
        #expect(reader.encoding == .utf8)
        #expect(rows.count == 2002)
        #expect(rows.last?.cells == ["São"])
        #expect(reader.warnings.map(\.line) == [2002])
    }

    @Test func anUnterminatedQuoteNamesTheLineItOpened() throws {
        let reader = try CSVReader(bytes: Array("name,city\nA,B\n\"C, D\nE,F\nG,H\n".utf8))
        #expect(try reader.next()?.line == 1)
        #expect(try reader.next()?.line == 2)
        #expect(throws: CSVError.unterminatedQuote(line: 3)) { try reader.next() }
        #expect(try reader.next() == nil)
    }
}
