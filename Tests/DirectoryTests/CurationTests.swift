import Directory
import SanctuaryTestSupport
import Testing

/// Visibility and sensitivity: what the sources say, and what a curator decides.
@Suite struct CurationTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws { fixture = try TemporaryStore() }

    private func shelter(_ source: String, visibility: Visibility? = nil, sensitive: Bool? = nil) throws {
        _ = try store.run(source) { run in
            try run.assert(
                .organization, key: "casa.example.org",
                facts: EntityFacts(
                    name: "Casa", country: "MX", lat: 19.43, lon: -99.13, website: "casa.example.org",
                    visibility: visibility, sensitive: sensitive))
        }
    }

    @Test func theMostRestrictiveSourceDecides() throws {
        try shelter("one", visibility: .public, sensitive: false)
        var casa = try store.entity(reference: "Casa")
        #expect(casa.visibility == .public)
        #expect(casa.sensitive == false)
        try shelter("two", visibility: .partners, sensitive: true)
        casa = try store.entity(reference: "Casa")
        #expect(casa.visibility == .partners)
        #expect(casa.sensitive == true)
    }

    @Test func aCuratorsDecisionOutlivesReimports() throws {
        try shelter("one", visibility: .private, sensitive: true)
        let casa = try store.entity(reference: "Casa")
        #expect(try store.setVisibility(of: casa, to: .public).visibility == .public)
        #expect(try store.setSensitive(casa, false).sensitive == false)
        try shelter("one", visibility: .private, sensitive: true)
        try shelter("two", visibility: .partners, sensitive: true)
        let again = try store.entity(reference: "Casa")
        #expect(again.visibility == .public)
        #expect(again.sensitive == false)
        #expect(try store.setVisibility(of: again, to: .private).visibility == .private)
        try shelter("two", visibility: .public)
        #expect(try store.entity(reference: "Casa").visibility == .private)
    }
}
