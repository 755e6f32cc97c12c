import Directory
import Foundation
import SanctuaryTestSupport
import Testing

/// City resolution against the bundled gazetteer.
@Suite struct GazetteerTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws { fixture = try TemporaryStore(gazetteer: true) }

    private func cities(_ names: [(String, String?)], region: String? = nil) throws -> [CityResolution] {
        var resolutions: [CityResolution] = []
        _ = try store.run("cities") { run in
            for (name, country) in names {
                resolutions.append(try run.assertCity(EntityFacts(name: name, country: country, region: region)))
            }
        }
        return resolutions
    }

    private func geonames(_ resolution: CityResolution) -> Int64? {
        if case .resolved(_, let place, _) = resolution { return place.geonameid }
        return nil
    }

    @Test func theGazetteerIsLoadedOnceWithItsCitiesNamesAndRegions() throws {
        let status = try #require(try store.gazetteer())
        #expect(status.cities == 34_006)
        #expect(status.names > 229_484)
        #expect(try store.installGazetteer(path: GazetteerTemplate.file).loaded == false)
    }

    @Test(arguments: [
        ["Ciudad de México", "Mexico City", "CDMX", "Cidade do México"],
        ["Bruxelles", "Brussels", "Brussel"],
        ["Köln", "Cologne", "Koeln"],
        ["Praha", "Prague"],
        ["Salvador de Bahia", "Salvador"],
    ])
    func everySpellingIsOneCity(_ spellings: [String]) throws {
        let resolutions = try cities(spellings.map { ($0, nil) })
        let ids = Set(resolutions.compactMap(\.id))
        #expect(ids.count == 1, "\(spellings) gave \(resolutions)")
        #expect(Set(resolutions.compactMap(geonames)).count == 1)
        #expect(try store.statistics().entities == 1)
        let id = try #require(ids.first)
        let city = try #require(try store.entity(id: id))
        #expect(city.key.hasPrefix("city:geonames:"))
        #expect(city.name == spellings[0], "the source's own spelling names the city")
        #expect(city.lat != nil && city.lon != nil, "coordinates come from the gazetteer")
    }

    @Test func theTwoFrankfurtsStayTwoCities() throws {
        let resolutions = try cities([("Frankfurt am Main", "DE"), ("Frankfurt (Oder)", "DE"), ("Frankfurt", "DE")])
        #expect(resolutions.map(geonames) == [2_925_533, 2_925_535, 2_925_533])
        #expect(try store.statistics().entities == 2)
        let inBrandenburg = try cities([("Frankfurt", "DE")], region: "Brandenburg")
        #expect(inBrandenburg.map(geonames) == [2_925_535])
    }

    @Test func theTwoCordobasStayTwoCitiesAndAloneTheLargerWins() throws {
        let resolutions = try cities([("Córdoba", "AR"), ("Cordoba", "ES"), ("Córdoba", nil)])
        #expect(resolutions.map(geonames) == [3_860_259, 2_519_240, 3_860_259])
        guard case .resolved(_, _, let others) = resolutions[2] else {
            Issue.record("Córdoba without a country is not resolved")
            return
        }
        #expect(others >= 2, "Spain's and Mexico's Córdoba were passed over")
        let argentine = try #require(resolutions[0].id)
        #expect(try store.entity(id: argentine)?.region == "Cordoba")
    }

    @Test func aNameAloneMeansTheNamesakeTheDirectoryHolds() throws {
        _ = try cities([("Córdoba", "ES")])
        var mentioned: CityResolution?
        _ = try store.run("organizations") { run in
            mentioned = try run.mentionCity(named: "Córdoba", country: nil, region: nil)
        }
        guard case .resolved(_, let place, let others) = mentioned else {
            Issue.record("\(String(describing: mentioned)) is not resolved")
            return
        }
        #expect(place.geonameid == 2_519_240 && others == 0)
        #expect(try store.statistics().entities == 1)
    }

    @Test func aRegionWrittenLooselyStillFindsTheCityBesideIt() throws {
        // Buenos Aires is its own federal district, beside the province of Buenos Aires.
        #expect(try cities([("Buenos Aires", "AR")], region: "Buenos Aires").map(geonames) == [3_435_910])
        // Springfield, Illinois is in the gazetteer; no Springfield of 15,000 lies in or near Vermont.
        #expect(try cities([("Springfield", "US")], region: "Vermont") == [.unresolved(2)])
    }

    @Test func aCityNoGazetteerKnowsIsKeptByNameAndCountry() throws {
        let resolutions = try cities([("Villa Imaginaria del Sur", "AR"), ("Villa Imaginaria del Sur", "AR")])
        #expect(resolutions.count == 2 && resolutions[0] == resolutions[1])
        guard case .unresolved(let id) = resolutions[0] else {
            Issue.record("\(resolutions[0]) is not unresolved")
            return
        }
        let city = try #require(try store.entity(id: id))
        #expect(city.key == "city:villa imaginaria del sur:ar")
        #expect(city.geonames == nil)
        #expect(try store.details(of: city).place == nil)
        #expect(try cities([("Villa Imaginaria del Sur", nil)]) == [.unknown])
    }

    @Test func aMatchedCityIsSearchableByAllItsNames() throws {
        _ = try cities([("München", "DE"), ("Köln", "DE"), ("Zürich", "CH")])
        #expect(try store.search(SearchQuery(text: "muenchen")).map(\.entity.name) == ["München"])
        #expect(try store.search(SearchQuery(text: "Koeln")).map(\.entity.name) == ["Köln"])
        #expect(try store.search(SearchQuery(text: "zuerich")).map(\.entity.name) == ["Zürich"])
        #expect(try store.search(SearchQuery(text: "Monaco di Baviera")).map(\.entity.name) == ["München"])
        #expect(try store.entity(reference: "Cologne").name == "Köln")
        let details = try store.details(of: store.entity(reference: "Zürich"))
        #expect(details.place?.geonameid == 2_657_896)
        #expect(details.placeNames.first == "Zürich")
        #expect(details.placeNames.contains("Zurigo"))
    }

    @Test func spelledOutLettersFindNamesTheGazetteerDoesNotHave() throws {
        _ = try store.run("orgs") { run in try run.organization("Bündnis Süd gegen Rechts", website: "bsgr.example.org")
        }
        #expect(try store.search(SearchQuery(text: "buendnis sued")).map(\.entity.name) == ["Bündnis Süd gegen Rechts"])
    }

    @Test func placesInQueriesAreCitiesByAnyNameRegionsAndCountries() throws {
        _ = try store.run("list") { run in
            let koln = try #require(try run.assertCity(EntityFacts(name: "Köln", country: "DE")).id)
            let munich = try #require(try run.assertCity(EntityFacts(name: "München", country: "DE")).id)
            let netzwerk = try run.organization("Kölner Netzwerk", website: "kn.example.org")
            try run.link(netzwerk, .basedIn, koln)
            let initiative = try run.organization("Münchner Initiative", website: "mi.example.org")
            try run.link(initiative, .basedIn, munich)
        }
        func names(in place: String) throws -> [String] {
            try store.search(SearchQuery(kind: .organization, place: place)).map(\.entity.name)
        }
        #expect(try names(in: "Cologne") == ["Kölner Netzwerk"])
        #expect(try names(in: "Colonia") == ["Kölner Netzwerk"])
        #expect(try names(in: "Bavaria") == ["Münchner Initiative"])
        #expect(try names(in: "DE-02") == ["Münchner Initiative"])
        #expect(try names(in: "Deutschland") == ["Kölner Netzwerk", "Münchner Initiative"])
        #expect(try names(in: "Texas").isEmpty, "a known region with nothing in it")
        #expect(throws: DirectoryError.unknownPlace("Atlantis")) { try names(in: "Atlantis") }
    }

    @Test func aPointIsPlacedInTheCityItBelongsTo() throws {
        var placed: [CityResolution?] = []
        _ = try store.run("points") { run in
            // Between Köln's centre and its districts Nippes and Altstadt Nord, which the gazetteer also lists.
            placed.append(try run.mentionCity(nearLat: 50.95, lon: 6.97))
            // Hürth, a town of 55,000 some 10 km from Köln's centre.
            placed.append(try run.mentionCity(nearLat: 50.871, lon: 6.868))
            placed.append(try run.mentionCity(nearLat: 0, lon: -30))
        }
        #expect(placed[0].flatMap(geonames) == 2_886_242)
        #expect(placed[1].flatMap(geonames) == 2_897_216)
        #expect(placed[2] == nil, "nothing lies within reach in the middle of the Atlantic")
    }

    @Test func citiesImportedBeforeTheGazetteerArePlacedWhenItIsLoaded() throws {
        let bare = try TemporaryStore()
        let counts = try bare.store.run("cities") { run in
            try run.city("Köln", "DE")
            try run.city("Cologne", "DE")
            try run.city("Villa Imaginaria del Sur", "AR")
        }
        #expect(counts.added == 3)
        #expect(try bare.store.entity(reference: "Köln").geonames == nil)
        let small = try gzip(
            """
            2886242\tKöln\tDE\t07\tNorth Rhine-Westphalia\t50.9333\t6.9500\t1024621\tCologne|Colonia
            2950159\tBerlin\tDE\t16\tBerlin\t52.5244\t13.4105\t3426354\tBerlim

            """, as: "small.tsv.gz")
        let status = try bare.store.installGazetteer(path: small)
        #expect(status.loaded && status.cities == 2 && status.placed == 2)
        let koln = try bare.store.entity(reference: "city:koln:de")
        #expect(koln.key == "city:geonames:2886242")
        #expect(koln.geonames == 2_886_242)
        #expect(try bare.store.entity(reference: "city:cologne:de").id == koln.id, "the two spellings merged")
        try expectConsistent(bare.store)
        let again = try bare.store.run("cities") { run in
            try run.city("Köln", "DE")
            try run.city("Cologne", "DE")
            try run.city("Villa Imaginaria del Sur", "AR")
        }
        #expect(again.added == 0 && again.updated == 0, "\(again)")
        #expect(try bare.store.statistics().entities == 2)
    }

    private func gzip(_ text: String, as name: String) throws -> String {
        let path = try fixture.folder.write(name.replacing(".gz", with: ""), text)
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["gzip", "-nf", path])
        #expect(result.status == 0, "\(result.stderr)")
        return path + ".gz"
    }

    @Test func aBrokenGazetteerFileIsNamedAndChangesNothing() throws {
        let broken = try fixture.folder.write(
            "broken.tsv.gz", bytes: Array("1\tOnly two fields\n".utf8) + [UInt8](repeating: 0, count: 20))
        #expect(throws: DirectoryError.self) { try store.installGazetteer(path: broken) }
        #expect(try store.gazetteer()?.cities == 34_006)
        #expect(throws: DirectoryError.gazetteer(path: "/nonexistent.tsv.gz", reason: "cannot be opened")) {
            try store.installGazetteer(path: "/nonexistent.tsv.gz")
        }
    }
}
