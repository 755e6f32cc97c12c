import Directory
import Foundation

/// Writes the one JSON document a `--json` command prints on stdout: snake_case keys, sorted, pretty.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        var data = try DirectoryJSON.encoder(pretty: true).encode(value)
        data.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(data)
    }
}

/// A list result under `results`, as every listing command prints it.
struct Results<Item: Encodable>: Encodable {
    var results: [Item]
}
