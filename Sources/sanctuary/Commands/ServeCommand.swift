import ArgumentParser
import Directory

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the directory over HTTP: a page for people, JSON for partner sites.",
        discussion: """
            / is the directory page (search, entities, a map, connections, convergences; English, Spanish, \
            French, Portuguese) and /embed?theme=T&in=PLACE&view=list|map a widget for partners' iframes. \
            Both are files that come with the binary and ask nothing of any other site.

            GET /v1/entities (q, kind, theme, country, in, near, km, since, until, limit, cursor) and POST /v1/search (the same as a \
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
    @OptionGroup var server: ServerOptions

    func run() async throws {
        _ = try options.openStore()
        let path = options.databasePath
        let json = options.json
        try await server.serve(path) { url in
            if json {
                try? JSONOutput.print(["url": url, "database": path])
            } else {
                printNow("serving \(path) at \(url) (Ctrl-C stops): the directory page there, the API under \(url)v1/")
            }
        }
    }
}
