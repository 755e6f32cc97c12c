import ArgumentParser
import Directory
import DirectoryHTTP
import Foundation
import Hummingbird
import Logging

/// Where and how `serve` and `demo` serve the directory.
struct ServerOptions: ParsableArguments {
    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free one, printed when listening).")
    var port = 8080

    @Option(
        name: .customLong("allow-origin"),
        help: "A partner site whose pages may read the directory (CORS), e.g. https://partner.example; * for any.")
    var allowedOrigins: [String] = []

    @Option(help: "The longest a question may take, in seconds, before the answer is 503.")
    var timeLimit = 10

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
        if !(1...600).contains(timeLimit) { throw ValidationError("--time-limit must be from 1 to 600 seconds") }
    }

    /// Serves `database` until SIGINT or SIGTERM, then lets the requests in progress finish. `announce` gets
    /// the server's address once it listens.
    func serve(_ database: String, announce: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "sanctuary")
        logger.logLevel = .info
        let host = host
        let settings = ServerSettings(
            host: host, port: port, allowedOrigins: allowedOrigins, limits: RequestLimits(time: .seconds(timeLimit)))
        let application = try DirectoryServer.application(database: database, settings: settings, logger: logger) {
            announce("http://\(host):\($0)/")
        }
        try await application.runService()
    }
}

/// Printed and flushed at once: a script that reads the address from a pipe must not wait for a buffer to
/// fill, and must see it after what was printed before.
func printNow(_ text: String) {
    fflush(nil)
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
