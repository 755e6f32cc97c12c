import ArgumentParser
import Directory

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge entity B into entity A: they are one thing that their keys did not join.",
        discussion: """
            A keeps its id, key and name; B's names become aliases, and its claims and edges move over. B's key \
            keeps resolving to A, so later imports of B's sources land on A.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The entity that stays (an id, key or name).")
    var survivor: String

    @Argument(help: "The entity merged into it.")
    var absorbed: String

    func run() throws {
        let store = try options.openStore()
        let kept = try store.entity(reference: survivor)
        let gone = try store.entity(reference: absorbed)
        let merged = try store.merge(gone, into: kept)
        if options.json {
            try JSONOutput.print(merged)
        } else {
            print("merged \(EntityText.title(gone)) #\(gone.id) into \(EntityText.title(merged)) #\(merged.id)")
        }
    }
}
