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
            GET /v1/entities (q, kind, theme, country, in, limit, cursor) and POST /v1/search (the same as a \
            JSON body), /v1/entities/ID, /v1/entities/ID/neighbors, /v1/who, /v1/near, /v1/connections, \
            /v1/convergences (by=places|themes|pairs|campaigns), /v1/sources, /health: the command line's \
            answers as JSON, with its options as query parameters.

            Public entities are served to anyone; partners entities only with a token (sanctuary tokens \
            create); private ones never leave this machine; sensitive ones are served with their city only. \
            Errors are RFC 9457 problem details; answers carry ETags. One log line per request on stderr, \
            without query strings. Ctrl-C (SIGINT) or SIGTERM stops it after the requests in progress.
            """
    )

    @OptionGroup var options: GlobalOptions

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
        if !(1...600).contains(timeLimit) { throw ValidationError("--time-limit must be from 1 to 600 seconds") }
    }

    func run() async throws {
        _ = try options.openStore()
        let path = options.databasePath
        let host = host
        let json = options.json
        var logger = Logger(label: "sanctuary")
        logger.logLevel = .info
        let application = try DirectoryServer.application(
            database: path,
            settings: ServerSettings(
                host: host, port: port, allowedOrigins: allowedOrigins,
                limits: RequestLimits(time: .seconds(timeLimit))), logger: logger
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
