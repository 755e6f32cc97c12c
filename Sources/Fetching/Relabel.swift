import Importers

/// Reports and errors of a downloaded source name the address it came from, not the temporary file it was
/// saved in.
enum Relabel {
    static func report(_ report: ImportReport, as display: String) -> ImportReport {
        var report = report
        report.file = display
        for index in report.rejected.indices { report.rejected[index].file = display }
        return report
    }

    static func error(_ error: any Error, as display: String) -> any Error {
        switch error {
        case ImportError.cannotRead(_, let reason): ImportError.cannotRead(path: display, reason: reason)
        case ImportError.rejected(_, let line, let reason):
            ImportError.rejected(file: display, line: line, reason: reason)
        case ImportError.unknownKind: ImportError.unknownKind(file: display)
        case ImportError.opmlList: ImportError.opmlList(file: display)
        case FeedError.notAFeed(_, let root): FeedError.notAFeed(file: display, root: root)
        case FeedError.unreadable(_, let line, let column, let reason):
            FeedError.unreadable(file: display, line: line, column: column, reason: reason)
        case DirectoryXMLError.notADirectory(_, let root): DirectoryXMLError.notADirectory(file: display, root: root)
        case DirectoryXMLError.unreadable(_, let line, let column, let reason):
            DirectoryXMLError.unreadable(file: display, line: line, column: column, reason: reason)
        default: error
        }
    }
}
