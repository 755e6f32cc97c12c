import Directory
import Foundation
import Importers
import SanctuaryTestSupport
import Testing

@Suite struct HeaderMappingTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory() }

    private func understood(_ header: String) throws -> [String?] {
        let path = try folder.write("organizations.csv", header + "\n")
        return try CSVImporter().preview(path: path, kind: nil).understood
    }

    @Test func headersInFiveLanguages() throws {
        #expect(
            try understood("Name,City,Country,Themes,Website,Latitude,Lng")
                == ["name", "city", "country", "themes", "website", "lat", "lon"])
        #expect(
            try understood("Nombre,Ciudad,País,Temas,Sitio web,Miembro de")
                == ["name", "city", "country", "themes", "website", "member_of"])
        #expect(
            try understood("nom,ville,pays,thèmes,site web,membre de,autres noms")
                == ["name", "city", "country", "themes", "website", "member_of", "aliases"])
        #expect(
            try understood("NAME,Stadt,Land,Themen,Webseite,Breitengrad,Längengrad")
                == ["name", "city", "country", "themes", "website", "lat", "lon"])
        #expect(
            try understood("nome,cidade,país,temas,site,campanhas")
                == ["name", "city", "country", "themes", "website", "campaigns"])
    }

    @Test func unknownHeadersBecomeExtraAttributes() throws {
        #expect(try understood("name,founded in") == ["name", nil])
    }
}
