import ArgumentParser
import Directory
import Importers

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import CSV lists into the directory.",
        discussion: """
            Each file is one source (named after the file unless --source says otherwise) and one transaction. \
            Importing a file again replaces what its source said: in snapshot mode (the default) rows that are \
            gone are retracted, unless another source still says the same.

            What the rows are comes from --kind, else a 'kind' column, else the file's name (cities.csv, \
            organizaciones.csv). Headers are matched in English, Spanish, French, German and Portuguese.

            A bad row is rejected with its line and reason and the rest is imported (exit status 2); with \
            --strict any rejection aborts the file and nothing is written.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The CSV files to import.")
    var files: [String]

    @Option(help: "What every row is: city, organization, campaign or event.", transform: Parse.kind)
    var kind: EntityKind?

    @Option(help: "The source's name (default: the file's name).")
    var source: String?

    @Option(
        help: "snapshot: what the source no longer says is retracted; append: nothing is retracted.",
        transform: Parse.mode
    )
    var mode: ImportMode = .snapshot

    @Flag(help: "Abort a file's whole import, writing nothing, if any row is rejected.")
    var strict = false

    @Flag(name: .customLong("dry-run"), help: "Read and check the files without writing anything.")
    var dryRun = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to import") }
        if source != nil && files.count > 1 && mode == .snapshot {
            throw ValidationError(
                "--source with several files in snapshot mode would let each file retract the others: "
                    + "import them one by one, or use --mode append"
            )
        }
    }

    func run() throws {
        let request = ImportRequest(files: files, kind: kind, sourceName: source, mode: mode, strict: strict)
        if dryRun {
            try preview(request)
            return
        }
        let store = try options.openStore()
        let summary = try Importer().run(request, store: store) { file, rows in
            Terminal.progress("importing \(file): \(rows) rows")
        }
        Terminal.clearProgress()
        if options.json {
            try JSONOutput.print(summary)
        } else {
            ImportText.print(summary)
        }
        if !summary.rejected.isEmpty { throw ExitStatus.rejectedRows }
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
}
