import Foundation

/// Where people read: stderr, and only at a real terminal for what redraws itself.
enum Terminal {
    /// Whether stderr is a terminal that can redraw a line (`TERM=dumb` cannot).
    static let stderrIsInteractive: Bool = {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }()

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Redraws one progress line on stderr, at a terminal only.
    static func progress(_ text: String) {
        guard stderrIsInteractive else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
    }

    static func clearProgress() {
        guard stderrIsInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
