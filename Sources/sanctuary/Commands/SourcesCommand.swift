import ArgumentParser
import Directory

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "List the sources and what their latest run did."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let sources = try options.openStore().sources()
        if options.json {
            try JSONOutput.print(Results(results: sources))
            return
        }
        if sources.isEmpty { Terminal.error("no sources yet: import a list first") }
        for source in sources {
            let items = source.items.map { ", \($0.rawValue)" } ?? ""
            print("\(source.name)  (\(source.format), \(source.mode.rawValue)\(items))  \(source.location ?? "")")
            var line = "  \(source.entities) entities, \(source.edges) edges, \(source.runs) runs"
            if let run = source.lastRun, let last = source.last {
                line += "; last \(run): " + ImportText.describe(last)
            }
            print(line)
            if let error = source.lastError { print("  last attempt failed: \(error)") }
        }
    }
}
