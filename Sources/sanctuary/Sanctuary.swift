import ArgumentParser

@main
struct Sanctuary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanctuary",
        abstract: "A network directory of sanctuary cities and the movements allied with them.",
        discussion: """
            Imports partners' CSV lists, feeds and directories into one SQLite graph of cities, organizations, campaigns, events and \
            themes, keeping the source of every fact, and answers questions about it.

            Every command takes --db PATH (default: $SANCTUARY_DB, else ./sanctuary.sqlite) and --json, which \
            prints exactly one JSON document on stdout.

            Exit status: 0 success; 1 error (message on stderr), or a source of an import or sync failed; 2 \
            imported, but some rows were rejected; 64 wrong usage.
            """,
        subcommands: [
            DemoCommand.self, ImportCommand.self, SyncCommand.self, SearchCommand.self, ShowCommand.self,
            StatsCommand.self,
            NearCommand.self, WhoCommand.self, ConnectionsCommand.self, ConvergencesCommand.self, SourcesCommand.self,
            ExportCommand.self, MergeCommand.self, VisibilityCommand.self, SensitiveCommand.self, TokensCommand.self,
            ServeCommand.self,
        ]
    )
}
