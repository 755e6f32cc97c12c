import Foundation
import SanctuaryTestSupport
import Testing

@Suite struct QueryCommandTests {
    let cli: CLI

    init() throws {
        cli = try CLI()
        let result = try cli.run(["import"] + Fixtures.demoLists)
        precondition(result.status == 0, result.stderr)
    }

    @Test func searchFindsAcrossSpellingsAndFilters() throws {
        let (result, found) = try cli.json("search", "ciudad de mexico", "--kind", "city")
        #expect(result.status == 0)
        let first = try #require((found["results"] as? [[String: Any]])?.first)
        #expect(first["name"] as? String == "Mexico City")
        #expect(first["country"] as? String == "MX")
        #expect(first["key"] as? String == "city:geonames:3530597")
        #expect(first["geonames"] as? Int == 3_530_597)
        #expect(first["id"] is Int)
        #expect(first["kind"] as? String == "city")

        let (_, migration) = try cli.json("search", "--theme", "migration", "--in", "CDMX", "--kind", "organization")
        let names = (migration["results"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(names.contains("Red Jurídica Migrante"))
        #expect(!names.contains("Albergue Frontera Norte"))
    }

    @Test func showTellsNeighboursAndSourcesAndAcceptsAnyName() throws {
        let (result, shown) = try cli.json("show", "Ciudad de México")
        #expect(result.status == 0)
        #expect(shown["name"] as? String == "Mexico City")
        let neighbors = try #require(shown["neighbors"] as? [[String: Any]])
        let hosted = neighbors.filter { $0["label"] as? String == "hosts" }
            .compactMap { ($0["entity"] as? [String: Any])?["name"] as? String }
        #expect(hosted.contains("Foro Social Mundial de las Migraciones 2018"))
        let text = try cli.run("show", "cetri.be")
        #expect(text.stdout.contains("CETRI - Centre tricontinental (organization, BE)"))
        #expect(text.stdout.contains("5-reseau-partenaires.csv"))
    }

    @Test func anAmbiguousNameListsTheCandidates() throws {
        _ = try cli.run("import", try cli.folder.write("orgs.csv", "name,website\nSalvador,salvador.example.org\n"))
        let result = try cli.run("show", "Salvador")
        #expect(result.status == 1)
        #expect(result.stderr.contains("'Salvador' names 2 entities"))
        #expect(result.stderr.contains("city:geonames:3450554"))
    }

    @Test func statsAndSourcesCountWhatWasImported() throws {
        let (_, stats) = try cli.json("stats")
        let kinds = try #require(stats["by_kind"] as? [String: Int])
        #expect(kinds["city"] ?? 0 >= 40)
        #expect(kinds["organization"] ?? 0 >= 60)
        #expect(kinds["campaign"] ?? 0 >= 8)
        let (_, sources) = try cli.json("sources")
        let names = (sources["results"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == Fixtures.demoLists.map { URL(fileURLWithPath: $0).lastPathComponent })
    }

    @Test func mergeJoinsTwoEntriesAndTheOldKeyStillResolves() throws {
        // A name no gazetteer knows: a curator's merge is what joins it.
        _ = try cli.run("import", try cli.folder.write("extra.csv", "kind,name,country\ncity,Tenochtitlan,MX\n"))
        let (merged, survivor) = try cli.json("merge", "Mexico City", "city:tenochtitlan:mx")
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(survivor["name"] as? String == "Mexico City")
        let (_, shown) = try cli.json("show", "city:tenochtitlan:mx")
        #expect(shown["id"] as? Int == survivor["id"] as? Int)
        #expect((shown["aliases"] as? [String])?.contains("Tenochtitlan") == true)
    }

    @Test func nearListsWhatLiesWithinADistanceNearestFirst() throws {
        let (result, near) = try cli.json("near", "Bonn", "--km", "40")
        #expect(result.status == 0, "\(result.stderr)")
        let center = try #require(near["center"] as? [String: Any])
        #expect(center["found_in"] as? String == "gazetteer")
        let results = try #require(near["results"] as? [[String: Any]])
        let names = results.compactMap { ($0["entity"] as? [String: Any])?["name"] as? String }
        #expect(names == ["Köln", "Kölner Netzwerk gegen Rechts"])
        let distances = results.compactMap { $0["kilometres"] as? Double }
        #expect(distances.count == 2 && distances.allSatisfy { (20...30).contains($0) })
        #expect((results[1]["via"] as? [String: Any])?["name"] as? String == "Köln")

        let text = try cli.run("near", "Brussels", "--km", "200", "--kind", "city")
        #expect(text.stdout.hasPrefix("within 200.0 km of Brussels"))
        #expect(text.stdout.contains("Liège") && !text.stdout.contains("Kölner"))
        let unknown = try cli.run("near", "Xyzzyville", "--km", "5")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no city, region or country called 'Xyzzyville' is known"))
        #expect(try cli.run("near", "Bonn", "--km", "0").status == 64)
    }

    @Test func showAndImportSayWhetherTheGazetteerKnowsACity() throws {
        let known = try cli.run("show", "Cologne")
        #expect(known.stdout.contains("place: GeoNames 2886242, Köln, North Rhine-Westphalia, DE"))
        let (_, shown) = try cli.json("show", "Köln")
        #expect((shown["place"] as? [String: Any])?["geonameid"] as? Int == 2_886_242)
        #expect((shown["place_names"] as? [String])?.contains("Colonia") == true)

        let list = try cli.folder.write("cities.csv", "name,country\nVilla Imaginaria del Sur,AR\n")
        let imported = try cli.run("import", list)
        #expect(
            imported.stdout.contains(
                "not in the gazetteer, kept by name and country: Villa Imaginaria del Sur (AR) line 2"))
        let unknown = try cli.run("show", "Villa Imaginaria del Sur")
        #expect(unknown.stdout.contains("place: not in the gazetteer (unresolved)"))
        let (_, unresolved) = try cli.json("show", "Villa Imaginaria del Sur")
        #expect(unresolved["place"] is NSNull)
    }

    @Test func theReportsQuestionsHaveAnswers() throws {
        // How are the Brazilian and the Mexican movements linked to the network of sanctuary cities?
        let (result, linked) = try cli.json(
            "connections", "Fórum Social Porto Alegre", "Network of Sanctuary Cities", "--skip-themes")
        #expect(result.status == 0, "\(result.stderr)")
        let path = try #require((linked["paths"] as? [[String: Any]])?.first)
        let hops = try #require(path["hops"] as? [[String: Any]])
        let names = hops.compactMap { ($0["to"] as? [String: Any])?["name"] as? String }
        #expect(names == ["WSF International Council", "Network of Sanctuary Cities"])
        let labels = hops.map { (($0["links"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String } }
        #expect(labels == [["member of"], ["organizes", "supports"]])
        let mexican = try cli.run(
            "connections", "Comité Organizador FSM 2020", "Network of Sanctuary Cities", "--skip-themes")
        #expect(
            mexican.stdout.contains(
                "Comité Organizador FSM 2020 -based in-> Mexico City -member of-> Network of Sanctuary Cities"))

        // Where do migration and anti-fascism converge?
        let (_, meet) = try cli.json("convergences", "--themes", "migration", "anti-fascism")
        let places = (meet["places"] as? [[String: Any]])?.compactMap {
            ($0["city"] as? [String: Any])?["name"] as? String
        }
        #expect(places == ["Kraków"])
        let campaigns = (meet["campaigns"] as? [[String: Any]])?.compactMap {
            ($0["campaign"] as? [String: Any])?["name"] as? String
        }
        #expect(campaigns?.contains("World Movement Against Fascism") == true)

        let (_, who) = try cli.json("who", "--on", "migration", "--in", "CDMX", "--kind", "organization")
        let working = (who["results"] as? [[String: Any]])?.compactMap {
            ($0["entity"] as? [String: Any])?["name"] as? String
        }
        // On this machine the private network of safe houses is there too.
        #expect(
            working == [
                "Casa de Acogida Migrante CDMX", "Comité Organizador FSM 2020", "Red Jurídica Migrante",
                "Red de Casas Seguras",
            ])

        let far = try cli.run(
            "connections", "Fórum Social Porto Alegre", "Network of Sanctuary Cities", "--max-depth", "1")
        #expect(far.status == 0)
        #expect(far.stdout.hasPrefix("no path of 1 step or fewer links Fórum Social Porto Alegre and"))
        let inMexico = try cli.run(
            "connections", "Comité Organizador FSM 2020", "Network of Sanctuary Cities", "--skip-themes",
            "--country", "Mexico", "--kind", "city")
        #expect(
            inMexico.stdout.hasPrefix(
                "1. Comité Organizador FSM 2020 -based in-> Mexico City -member of-> Network of Sanctuary Cities"),
            "\(inMexico.stdout)")
        let atlantis = try cli.run("connections", "Fórum Social Porto Alegre", "WSF 2020", "--country", "Atlantis")
        #expect(atlantis.status != 0 && atlantis.stderr.contains("no city, region or country called 'Atlantis'"))
        #expect(try cli.run("convergences").status == 64, "one mode is required")
        #expect(try cli.run("who", "--on", "gardening").stderr.contains("no theme called 'gardening'"))
    }
}
