import Directory
import Foundation

/// A CSV list opened for import: its reader, its header, and what its rows are.
final class CSVFile {
    let path: String
    let reader: CSVReader
    let header: [String]
    let mapper: RowMapper

    /// Opens `path` and reads its header.
    ///
    /// - Parameter kind: the kind of every row; when nil, a `kind` column or the file's name must say it.
    /// - Throws: ``ImportError/cannotRead(path:reason:)`` or ``ImportError/unknownKind(file:)``.
    init(path: String, kind: EntityKind?) throws {
        self.path = path
        reader = try CSVReader(path: path)
        do {
            guard let first = try reader.next() else {
                throw ImportError.cannotRead(path: path, reason: "the file is empty")
            }
            if let problem = first.problem {
                throw ImportError.cannotRead(path: path, reason: "its header: \(problem)")
            }
            header = first.cells
        } catch let error as CSVError {
            throw ImportError.cannotRead(path: path, reason: error.localizedDescription)
        }
        let map = HeaderMap(header: header)
        let rowKind = kind ?? (map.index[.kind] == nil ? Self.kind(fromFileName: path) : nil)
        if rowKind == nil && map.index[.kind] == nil { throw ImportError.unknownKind(file: path) }
        mapper = RowMapper(header: map, kind: rowKind)
    }

    var delimiterName: String {
        switch reader.delimiter {
        case UInt8(ascii: "\t"): "\t"
        default: String(UnicodeScalar(reader.delimiter))
        }
    }

    /// Calls `body` with each row and what it maps to. A file that ends inside a quoted field ends with a
    /// rejection of the record that opened the quote.
    func forEachRow(_ body: (CSVRecord, Result<MappedRecord, RowMapper.Rejection>) throws -> Void) throws {
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { return }
                record = next
            } catch CSVError.unterminatedQuote(let line) {
                let reason = CSVError.unterminatedQuote(line: line).localizedDescription
                try body(CSVRecord(line: line, cells: []), .failure(RowMapper.Rejection(reason: reason)))
                return
            }
            if let problem = record.problem {
                try body(record, .failure(RowMapper.Rejection(reason: problem)))
            } else {
                try body(record, mapper.map(record.cells))
            }
        }
    }

    /// The kind a file's name announces: `cities.csv`, `organisations-2024.csv`, `campanas.csv`.
    static func kind(fromFileName path: String) -> EntityKind? {
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        for word in Normalizer.words(stem) {
            if let kind = EntityKind(loosely: word), EntityKind.listable.contains(kind) { return kind }
        }
        return nil
    }
}
