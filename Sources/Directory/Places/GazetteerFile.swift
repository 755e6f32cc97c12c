import CZlib
import Foundation

/// The bundled gazetteer: GeoNames cities, one tab-separated line each, gzip-compressed.
///
///     geonameid  name  country  admin1  region  latitude  longitude  population  other names joined by '|'
///
/// `Tools/gazetteer/build_gazetteer.py` writes it.
struct GazetteerFile {
    let path: String

    struct City {
        var geonameid: Int64
        var name: String
        var country: String
        var admin1: String
        var region: String?
        var lat: Double
        var lon: Double
        var population: Int64
        var otherNames: [String]
    }

    /// The CRC-32 and length of the text, from the gzip trailer: tells a changed file without decompressing it.
    func version() throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw failure("cannot be opened") }
        defer { try? handle.close() }
        do {
            let size = try handle.seekToEnd()
            guard size >= 18 else { throw failure("is too short to be gzip") }
            try handle.seek(toOffset: size - 8)
            guard let trailer = try handle.readToEnd(), trailer.count == 8 else { throw failure("cannot be read") }
            return trailer.map { String(format: "%02x", $0) }.joined()
        } catch let error as DirectoryError {
            throw error
        } catch {
            throw failure(error.localizedDescription)
        }
    }

    /// Every city of the file.
    ///
    /// - Throws: ``DirectoryError/gazetteer(path:reason:)`` naming the line of a malformed record.
    func cities() throws -> [City] {
        let text = try decompressed()
        var cities: [City] = []
        cities.reserveCapacity(40_000)
        var line = 0
        var start = text.startIndex
        while start < text.endIndex {
            line += 1
            let end = text[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            if end > start {
                guard let city = Self.parse(text[start..<end]) else {
                    throw failure("line \(line) is not 'geonameid name country admin1 region lat lon population names'")
                }
                cities.append(city)
            }
            start = text.index(after: end)
        }
        return cities
    }

    private static func parse(_ line: ArraySlice<UInt8>) -> City? {
        let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard fields.count == 9 else { return nil }
        func text(_ index: Int) -> String { String(decoding: fields[index], as: UTF8.self) }
        guard let geonameid = Int64(text(0)), let lat = Double(text(5)), let lon = Double(text(6)),
            let population = Int64(text(7)), (-90...90).contains(lat), (-180...180).contains(lon),
            fields[2].count == 2, !fields[1].isEmpty
        else { return nil }
        let region = text(4)
        return City(
            geonameid: geonameid, name: text(1), country: text(2), admin1: text(3),
            region: region.isEmpty ? nil : region, lat: lat, lon: lon, population: population,
            otherNames: fields[8].split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
        )
    }

    private func decompressed() throws -> [UInt8] {
        guard let file = gzopen(path, "rb") else { throw failure("cannot be opened") }
        defer { gzclose(file) }
        var text: [UInt8] = []
        let chunk = 1 << 20
        while true {
            let before = text.count
            text.reserveCapacity(before + chunk)
            var read: Int32 = 0
            text.append(contentsOf: repeatElement(0, count: chunk))
            text.withUnsafeMutableBufferPointer { buffer in
                read = gzread(file, buffer.baseAddress! + before, UInt32(chunk))
            }
            guard read >= 0 else {
                var code: Int32 = 0
                throw failure(String(cString: gzerror(file, &code)))
            }
            text.removeLast(chunk - Int(read))
            if read == 0 { return text }
        }
    }

    private func failure(_ reason: String) -> DirectoryError {
        .gazetteer(path: path, reason: reason)
    }
}
