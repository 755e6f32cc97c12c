import Foundation
import SanctuaryTestSupport
import Testing

@Suite struct CurationCommandTests {
    let cli: CLI

    init() throws {
        cli = try CLI(gazetteer: false)
        let list = try cli.folder.write(
            "organizations.csv", "name,country,website,visibility,sensitive\nCasa,MX,casa.example.org,partners,yes\n")
        let result = try cli.run("import", list)
        precondition(result.status == 0, result.stderr)
    }

    @Test func aCuratorSetsVisibilityAndSensitivity() throws {
        let (shown, before) = try cli.json("show", "Casa")
        #expect(shown.status == 0)
        #expect(before["visibility"] as? String == "partners")
        #expect(before["sensitive"] as? Bool == true)

        let (set, after) = try cli.json("visibility", "casa.example.org", "private")
        #expect(set.status == 0)
        #expect(after["visibility"] as? String == "private")
        let text = try cli.run("sensitive", "Casa", "no")
        #expect(text.status == 0)
        #expect(text.stdout == "Casa (organization, MX) #\(after["id"] as? Int ?? 0) is no longer sensitive\n")
        let (_, now) = try cli.json("show", "Casa")
        #expect(now["visibility"] as? String == "private")
        #expect(now["sensitive"] as? Bool == false)
    }

    @Test func aWrongLevelIsAUsageError() throws {
        let result = try cli.run("visibility", "Casa", "secret")
        #expect(result.status == 64)
        #expect(result.stderr.contains("'secret'"))
        #expect(try cli.run("sensitive", "Nobody", "yes").status == 1)
    }
}

@Suite struct TokensCommandTests {
    @Test func tokensAreMadeListedAndRevoked() throws {
        let cli = try CLI(gazetteer: false)
        let (made, created) = try cli.json("tokens", "create", "Casa de Acogida")
        #expect(made.status == 0)
        let token = try #require(created["token"] as? String)
        #expect(token.hasPrefix("sanctuary_"))
        let text = try cli.run("tokens", "create", "Red")
        #expect(text.stdout.hasPrefix("sanctuary_"))
        #expect(text.stderr.contains("shown this once"))

        let (_, listed) = try cli.json("tokens", "list")
        let names = (listed["results"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["Casa de Acogida", "Red"])
        #expect(!String(describing: listed).contains(token))

        let (revoked, entry) = try cli.json("tokens", "revoke", "Red")
        #expect(revoked.status == 0)
        #expect(entry["revoked_at"] is String)
        let again = try cli.run("tokens", "revoke", "Red")
        #expect(again.status == 1)
        #expect(again.stderr.contains("'Red'"))
        #expect(try cli.run("tokens", "create", "Red").status == 1)
    }
}
