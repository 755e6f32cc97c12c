import ArgumentParser
import Directory

struct SensitiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitive",
        abstract: "Mark an entity sensitive (a shelter, a safe house) or not.",
        discussion: """
            A sensitive entity is served over HTTP with its city only: the coordinates of the city it is based \
            in, never its own. On this machine it shows as it is. The decision wins over what the sources say \
            and outlives their re-imports.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The entity (an id, key or name).")
    var reference: String

    @Argument(help: "yes or no.")
    var answer: Answer

    enum Answer: String, ExpressibleByArgument, CaseIterable {
        case yes, no
    }

    func run() throws {
        let store = try options.openStore()
        let entity = try store.setSensitive(try store.entity(reference: reference), answer == .yes)
        if options.json {
            try JSONOutput.print(entity)
        } else {
            print("\(EntityText.title(entity)) #\(entity.id) is \(entity.sensitive ? "now" : "no longer") sensitive")
        }
    }
}
