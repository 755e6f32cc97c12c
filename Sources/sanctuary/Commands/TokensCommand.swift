import ArgumentParser
import Directory

struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Make, list and revoke the tokens that let partners see 'partners' entities over HTTP.",
        discussion: """
            A partner sends its token as 'Authorization: Bearer TOKEN'. Only a hash of each token is kept, so a \
            token is printed once, when it is made. A revoked token is refused from the next request on.
            """,
        subcommands: [Create.self, Revoke.self, List.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a token for a partner and print it.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "Who the token is for (shown in the server's log).")
        var name: String

        func run() throws {
            let token = try DirectoryStore(path: options.databasePath).createToken(name: name)
            if options.json {
                try JSONOutput.print(["name": name, "token": token])
            } else {
                print(token)
                Terminal.error("the token for '\(name)' is shown this once: give it to them over a safe channel")
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a partner's token.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The partner whose token is revoked.")
        var name: String

        func run() throws {
            let store = try DirectoryStore(path: options.databasePath)
            try store.revokeToken(name: name)
            if options.json, let token = try store.tokens().first(where: { $0.name == name }) {
                try JSONOutput.print(token)
            } else {
                print("revoked the token of '\(name)'")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the tokens: names and dates, never tokens.")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let tokens = try DirectoryStore(path: options.databasePath).tokens()
            if options.json { return try JSONOutput.print(Results(results: tokens)) }
            for token in tokens {
                print("\(token.name)  made \(token.createdAt)\(token.revokedAt.map { ", revoked \($0)" } ?? "")")
            }
        }
    }
}
