import Directory
import Foundation

/// Puts the bundled gazetteer in the databases the tool opens, so that cities are resolved on import and
/// places are known to queries.
enum GazetteerSetup {
    static let bundled = "Data/gazetteer/cities15000.tsv.gz"

    /// `$SANCTUARY_GAZETTEER` (`none` for no gazetteer), else the bundled file.
    static func path() -> String? {
        if let given = ProcessInfo.processInfo.environment["SANCTUARY_GAZETTEER"], !given.isEmpty {
            return given == "none" ? nil : given
        }
        return PackageFiles.find(bundled)
    }

    /// Loads the gazetteer into `store` unless it holds this version already; says so when none can be found.
    static func install(into store: DirectoryStore) throws {
        guard let path = path() else {
            if try store.gazetteer() == nil {
                Terminal.error(
                    "warning: no gazetteer, so cities are not resolved: set SANCTUARY_GAZETTEER to \(bundled)")
            }
            return
        }
        Terminal.progress("checking the gazetteer \(path)")
        let status = try store.installGazetteer(path: path)
        Terminal.clearProgress()
        if status.placed > 0 {
            Terminal.error("the gazetteer \(path) placed \(status.placed) cities that had no place")
        }
    }
}
