import Directory
import Testing

@Suite struct EntityKeyTests {
    @Test func citiesAreKeyedByNameAndCountry() {
        let a = EntityKey.make(kind: .city, name: "Ciudad de México", country: "MX", website: nil)
        let b = EntityKey.make(kind: .city, name: "CIUDAD DE MEXICO", country: "mx", website: nil)
        #expect(a == "city:ciudad de mexico:mx")
        #expect(a == b)
        #expect(
            EntityKey.make(kind: .city, name: "Córdoba", country: "AR", website: nil)
                != EntityKey.make(kind: .city, name: "Córdoba", country: "ES", website: nil))
    }

    @Test func aCityNeedsItsCountry() {
        #expect(EntityKey.make(kind: .city, name: "Springfield", country: nil, website: nil) == nil)
    }

    @Test(arguments: [
        "https://www.cetri.be/", "http://cetri.be", "cetri.be", "HTTPS://CETRI.BE/index.html", "https://cetri.be:443/",
        "http://www.cetri.be/#about", "https://cetri.be/?utm_source=x",
    ])
    func websitesThatDifferOnlyInFormMeet(_ website: String) {
        #expect(EntityKey.make(kind: .organization, name: "CETRI", country: "BE", website: website) == "cetri.be")
    }

    @Test func sharedHostsKeepTheirPaths() {
        let a = EntityKey.make(kind: .organization, name: "A", country: nil, website: "https://facebook.com/groupA/")
        let b = EntityKey.make(kind: .organization, name: "B", country: nil, website: "https://facebook.com/groupB")
        #expect(a == "facebook.com/groupa")
        #expect(a != b)
    }

    @Test func organizationsWithoutWebsiteUseNameAndCountry() {
        #expect(
            EntityKey.make(kind: .organization, name: "Red Jurídica", country: "MX", website: "n/a")
                == "org:red juridica:mx")
        #expect(
            EntityKey.make(kind: .organization, name: "WSF Council", country: nil, website: nil) == "org:wsf council")
    }

    @Test func otherKindsUseTheirNames() {
        #expect(
            EntityKey.make(kind: .campaign, name: "Nadie deja la mano de nadie", country: "MX", website: nil)
                == "campaign:nadie deja la mano de nadie")
        #expect(EntityKey.make(kind: .theme, name: "Anti-Fascism", country: nil, website: nil) == "theme:anti fascism")
    }
}
