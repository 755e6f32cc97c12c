import ArgumentParser
import Directory
import DirectoryHTTP
import Foundation
import Hummingbird
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the directory as JSON over HTTP, for partner sites.",
        discussion: """
            Answers GET /v1/entities (q, kind, theme, country, in, limit, cursor), /v1/entities/ID, \
            /v1/entities/ID/neighbors and /health. Only public entities are served; private ones never leave \
            this machine, and sensitive ones are served with their city only. Errors are RFC 9457 problem \
            details; every answer carries an ETag. One log line per request on stderr, without query strings. \
            Ctrl-C (SIGINT) or SIGTERM stops it after the requests in progress.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free one, printed when listening).")
    var port = 8080

    func run() async throws {
        _ = try options.openStore()
        let path = options.databasePath
        let host = host
        let json = options.json
        var logger = Logger(label: "sanctuary")
        logger.logLevel = .info
        let application = try DirectoryServer.application(
            database: path, settings: ServerSettings(host: host, port: port), logger: logger
        ) { port in
            let url = "http://\(host):\(port)/"
            if json {
                try? JSONOutput.print(["url": url, "database": path])
            } else {
                // Written at once: a script reading the port from a pipe must not wait for a buffer to fill.
                FileHandle.standardOutput.write(Data("serving \(path) at \(url) (Ctrl-C stops)\n".utf8))
            }
        }
        try await application.runService()
    }
}
