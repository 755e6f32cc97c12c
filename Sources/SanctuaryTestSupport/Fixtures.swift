public import Foundation

/// Finds the package's `Data/` folder from this file's place in the checkout, which holds in any clone.
public enum Fixtures {
    /// The package root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Data/<relative>`.
    public static func data(_ relative: String) -> URL {
        root.appendingPathComponent("Data").appendingPathComponent(relative)
    }

    /// The demo lists, in import order.
    public static var demoLists: [String] {
        let folder = data("demo")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted().map { folder.appendingPathComponent($0).path }
    }
}
