import Foundation

/// Files the package ships (the demo lists, the gazetteer), found from where the tool runs.
enum PackageFiles {
    /// `relative` under the working directory, else under this package's checkout (where `swift run` and the
    /// built binary in `.build` come from), else under `share/sanctuary` beside an installed binary's folder.
    static func find(_ relative: String) -> String? {
        let installed = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/sanctuary").appendingPathComponent(relative).path
        let candidates = [relative, checkout.appendingPathComponent(relative).path, installed]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    private static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
