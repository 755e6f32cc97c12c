import ArgumentParser
import Directory

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count what the directory holds."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let statistics = try options.openStore().statistics()
        if options.json {
            try JSONOutput.print(statistics)
        } else {
            print(StatisticsText.render(statistics))
        }
    }
}
