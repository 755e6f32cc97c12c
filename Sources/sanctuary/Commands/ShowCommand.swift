import ArgumentParser
import Directory

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an entity: its names, its neighbours by relation, and its sources.",
        discussion: "REF is an id, a key, or a name in any spelling. A name shared by several entities lists them."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "An id, a key or a name.")
    var reference: String

    func run() throws {
        let store = try options.openStore()
        let details = try store.details(of: store.entity(reference: reference))
        if options.json {
            try JSONOutput.print(details)
        } else {
            print(DetailsText.render(details))
        }
    }
}
