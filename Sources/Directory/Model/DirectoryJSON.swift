public import Foundation

/// The JSON every output of the directory is written in, on the command line (`--json`) and over HTTP:
/// snake_case keys, sorted, so that a field has one name everywhere.
public enum DirectoryJSON {
    public static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Appends `text` as a JSON string literal, escaped as ``encoder(pretty:)`` escapes it: for the outputs
    /// written without `JSONEncoder`.
    public static func append(string text: String, to bytes: inout [UInt8]) {
        JSONText.append(string: text, to: &bytes)
    }
}
