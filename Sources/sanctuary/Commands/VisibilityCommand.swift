import ArgumentParser
import Directory

struct VisibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visibility",
        abstract: "Set who may see an entity outside this machine: public, partners or private.",
        discussion: """
            public: anyone; partners: callers of the HTTP API with a token (sanctuary tokens create); private: \
            nobody, it never leaves this machine, and neither do its edges. The decision wins over what the \
            sources say and outlives their re-imports.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The entity (an id, key or name).")
    var reference: String

    @Argument(help: "public, partners or private.")
    var level: Level

    enum Level: String, ExpressibleByArgument, CaseIterable {
        case `public`, partners, `private`
    }

    func run() throws {
        let store = try options.openStore()
        let entity = try store.setVisibility(
            of: try store.entity(reference: reference), to: Visibility(rawValue: level.rawValue) ?? .private)
        if options.json {
            try JSONOutput.print(entity)
        } else {
            print("\(EntityText.title(entity)) #\(entity.id) is now visible to \(entity.visibility.rawValue)")
        }
    }
}
