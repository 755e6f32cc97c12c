import ArgumentParser
import Directory
import Fetching
import Importers

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import CSV lists, feeds, directory XML and OPML lists of feeds, from files or web addresses.",
        discussion: """
            Each file is one source (named after the file unless --source says otherwise) and one transaction. \
            Importing a file again replaces what its source said: in snapshot mode (the default for lists) \
            rows that are gone are retracted, unless another source still says the same.

            What the rows are comes from --kind, else a 'kind' column, else the file's name (cities.csv, \
            organizaciones.csv). Headers are matched in English, Spanish, French, German and Portuguese.

            A bad row is rejected with its line and reason and the rest is imported (exit status 2); with \
            --strict any rejection aborts the file and nothing is written.

            A feed (RSS 0.9x/2.0, RSS 1.0, Atom) is told by its content. Its items are what --items says: \
            articles (the default), organizations, events or campaigns. Each item is known by its id (guid), \
            so importing the feed again updates it. An item's categories become themes it works on (not for \
            articles), its point places it in a city, and an article mentions every city, organization, \
            campaign and event whose name or alias it contains. Feeds are imported in append mode by default: \
            items that leave the feed stay in the directory. An ill-formed feed is read in recover mode, with \
            a warning naming the line and column.

            A directory XML document (docs/DIRECTORY-XML.md, as `sanctuary export --format xml` writes it) is \
            imported as one source, its relations between its entities' ids.

            An OPML list registers each feed it names as a source (what its items are from the outline's \
            'items' attribute, relative addresses read from the list's place) and imports it; `sanctuary sync` \
            imports every registered source again. A feed that fails does not stop the others (exit status 1).

            An http or https address is downloaded (redirects followed, gzip, --max-size, --timeout) and \
            named after its address; importing it again sends the validators of its last run \
            (If-None-Match, If-Modified-Since), and a 304 is reported as unchanged.

            With --dry-run nothing is written and only files are read: a list shows how its columns are read and which rows would be \
            rejected; a feed is shown as the importer reads it (format, encoding, the feed's title, link and \
            description, and each item's title, link, id, dates in UTC, authors, categories, summary and \
            content as plain text, enclosures and point).
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The files or http(s) addresses to import.")
    var files: [String]

    @Option(help: "What every row is: city, organization, campaign or event.", transform: Parse.kind)
    var kind: EntityKind?

    @Option(help: "The source's name (default: the file's name).")
    var source: String?

    @Option(
        help: """
            snapshot: what the source no longer says is retracted; append: nothing is retracted. \
            Default: snapshot for lists, append for feeds.
            """,
        transform: Parse.mode
    )
    var mode: ImportMode?

    @Option(
        help: "What a feed's items are: article, organization, event or campaign (default: article).",
        transform: Parse.items)
    var items: EntityKind?

    @Flag(help: "Abort a file's whole import, writing nothing, if any row is rejected.")
    var strict = false

    @Flag(name: .customLong("dry-run"), help: "Read and check the files without writing anything.")
    var dryRun = false

    @OptionGroup var fetching: FetchOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to import") }
        if source != nil && files.count > 1 && mode != .append {
            throw ValidationError(
                "--source with several files in snapshot mode would let each file retract the others: "
                    + "import them one by one, or use --mode append"
            )
        }
    }

    func run() async throws {
        let request = ImportRequest(
            files: files, kind: kind, sourceName: source, mode: mode, items: items, strict: strict)
        if dryRun { return try dryRun(request) }
        let store = try options.openStore()
        var outcomes: [SourceOutcome] = []
        try await fetching.withImporter(store) { importer in
            for file in files {
                outcomes += try await importer.importArgument(file, request) { location, rows in
                    Terminal.progress("importing \(location): \(rows) records")
                }
            }
        }
        Terminal.clearProgress()
        try ImportText.report(ImportSummary(outcomes), json: options.json)
    }

    private func dryRun(_ request: ImportRequest) throws {
        if let address = files.first(where: SourceImporter.isRemote) {
            throw ValidationError("--dry-run reads files: download \(address) first")
        }
        let feeds = files.filter { DocumentSniffer.isXML(path: $0) }
        if feeds.isEmpty { return try preview(request) }
        guard feeds.count == files.count else {
            throw ValidationError("give feeds and CSV lists to separate runs of --dry-run")
        }
        try show(feeds.map { try FeedReader.feed(path: $0) })
    }

    private func preview(_ request: ImportRequest) throws {
        let previews = try Importer().preview(request)
        if options.json {
            if previews.count == 1 {
                try JSONOutput.print(previews[0])
            } else {
                try JSONOutput.print(["files": previews])
            }
        } else {
            previews.forEach(ImportText.print)
        }
        if previews.contains(where: { !$0.rejected.isEmpty }) { throw ExitStatus.rejectedRows }
    }

    private func show(_ feeds: [Feed]) throws {
        if options.json {
            if feeds.count == 1 { return try JSONOutput.print(feeds[0]) }
            return try JSONOutput.print(["files": feeds])
        }
        for (file, feed) in zip(files, feeds) {
            print("\(file): \(feed.format.rawValue), \(feed.encoding), \(feed.items.count) items")
            print("  " + [feed.feed.title ?? "(no title)", feed.feed.link].compactMap { $0 }.joined(separator: "  "))
            for item in feed.items {
                print("  \(item.published ?? item.updated ?? "(no date)")  \(item.title ?? item.id ?? "(no title)")")
            }
            for warning in feed.warnings { Terminal.error("\(file): \(warning)") }
        }
    }
}
