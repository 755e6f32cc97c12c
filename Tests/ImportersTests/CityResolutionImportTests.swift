import Directory
import Importers
import SanctuaryTestSupport
import Testing

/// How lists name cities, resolved against the gazetteer on import.
@Suite struct CityResolutionImportTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws { fixture = try TemporaryStore(gazetteer: true) }

    private func importText(_ name: String, _ text: String) throws -> ImportSummary {
        try Importer().run(ImportRequest(files: [try fixture.folder.write(name, text)]), store: store)
    }

    @Test func listsInSeveralLanguagesMeetInOneCity() throws {
        _ = try importText("cities.csv", "name,country\nCiudad de México,MX\nKöln,DE\n")
        let summary = try importText(
            "organizations.csv",
            """
            name,website,city,country
            Red Jurídica,red.example.org,CDMX,MX
            Kölner Netzwerk,kn.example.org,Cologne,
            Collectif,collectif.example.org,Koeln,Allemagne
            """
        )
        #expect(summary.rejected.isEmpty && summary.files[0].unresolved.isEmpty)
        #expect(try store.statistics().byKind["city"] == 2)
        let koln = try store.details(of: store.entity(reference: "Köln"))
        #expect(Set(koln.neighbors.map(\.entity.name)) == ["Kölner Netzwerk", "Collectif"])
    }

    @Test func citiesTheGazetteerDoesNotKnowAreReportedOnce() throws {
        let summary = try importText(
            "organizations.csv",
            """
            name,website,city,country
            Uno,uno.example.org,Villa Imaginaria del Sur,AR
            Dos,dos.example.org,Villa Imaginaria del Sur,AR
            Tres,tres.example.org,Rosario,AR
            """
        )
        let unresolved = summary.files[0].unresolved.map { "\($0.line) \($0.name) \($0.country ?? "-")" }
        #expect(unresolved == ["2 Villa Imaginaria del Sur AR"])
        let villa = try store.entity(reference: "Villa Imaginaria del Sur")
        #expect(villa.key == "city:villa imaginaria del sur:ar")
        #expect(try store.details(of: villa).neighbors.count == 2)
    }

    @Test func aCityWithoutCountryIsTheLargestOfItsNameWithAWarning() throws {
        let summary = try importText("cities.csv", "name\nCórdoba\nPorto Alegre\nAtlantis Nova\n")
        #expect(summary.counts.added == 2)
        #expect(summary.rejected.map(\.line) == [4])
        #expect(try store.entity(reference: "Córdoba").country == "AR")
        let warnings = summary.files[0].warnings.map(\.message)
        #expect(
            warnings.contains { $0.hasPrefix("city 'Córdoba' is Córdoba, Cordoba, AR: the largest of 4 cities") },
            "\(warnings)")
    }

    @Test func aRowWithOnlyCoordinatesIsBasedInTheCityItLiesIn() throws {
        let summary = try importText(
            "organizations.csv",
            """
            name,website,lat,lon
            Hafen,hafen.example.org,53.545,9.966
            Boje,boje.example.org,54.5,-20.0
            """
        )
        #expect(summary.rejected.isEmpty)
        let hafen = try store.details(of: store.entity(reference: "hafen.example.org"))
        #expect(hafen.neighbors.map { "\($0.relation.rawValue) \($0.entity.name)" } == ["based_in Hamburg"])
        #expect(try store.details(of: store.entity(reference: "boje.example.org")).neighbors.isEmpty)
    }

    @Test func givenCoordinatesChooseBetweenNamesakesAndStayTheCitys() throws {
        _ = try importText("cities.csv", "name,lat,lon\nCórdoba,37.88,-4.77\n")
        let cordoba = try store.entity(reference: "Córdoba")
        #expect(cordoba.country == "ES")
        #expect(cordoba.lat == 37.88 && cordoba.lon == -4.77, "the source's coordinates win over the gazetteer's")
    }
}
