import Directory
import Importers
import SanctuaryTestSupport
import Testing

@Suite struct CSVImportTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }
    var folder: TemporaryDirectory { fixture.folder }

    init() throws { fixture = try TemporaryStore() }

    private func importFiles(_ paths: [String], kind: EntityKind? = nil, strict: Bool = false) throws -> ImportSummary {
        try Importer().run(ImportRequest(files: paths, kind: kind, strict: strict), store: store)
    }

    @Test func columnsBecomeRelations() throws {
        let path = try folder.write(
            "organizations.csv",
            """
            name,city,country,themes,campaigns,member of,website
            Red Jurídica,Ciudad de México,MX,migration;human rights,Borders Without Soldiers,WSF Council,red.example.org
            """
        )
        let summary = try importFiles([path])
        #expect(summary.rejected.isEmpty)
        let details = try store.details(of: store.entity(reference: "red.example.org"))
        let neighbors = details.neighbors.map { "\($0.relation.rawValue) \($0.entity.kind.rawValue) \($0.entity.name)" }
        #expect(
            neighbors.sorted() == [
                "based_in city Ciudad de México",
                "member_of organization WSF Council",
                "supports campaign Borders Without Soldiers",
                "works_on theme human rights",
                "works_on theme migration",
            ])
    }

    @Test func visibilityAndSensitivityComeWithTheRows() throws {
        let path = try folder.write(
            "organizaciones.csv",
            """
            nombre,país,sitio web,visibilidad,sensible
            Casa Refugio,MX,casa.example.org,partners,sí
            Red Abierta,MX,red.example.org,,no
            Secreto,MX,secreto.example.org,private,
            Quizás,MX,quizas.example.org,public,quizás
            """
        )
        let summary = try importFiles([path])
        #expect(summary.rejected.map(\.line) == [5])
        #expect(summary.rejected.map(\.reason) == ["sensitive 'quizás' is not yes or no"])
        let entities = try ["casa.example.org", "red.example.org", "secreto.example.org"].map {
            try store.entity(reference: $0)
        }
        #expect(entities.map(\.visibility) == [.partners, .public, .private])
        #expect(entities.map(\.sensitive) == [true, false, false])
    }

    @Test func badRowsAreRejectedWithLineAndReasonAndTheRestIsImported() throws {
        let path = try folder.write(
            "cities.csv",
            """
            name,country,lat,lon
            Tunis,TN,36.8,10.18
            Nowhere,,1,1
            Rabat,Morocco,95,-6.8
            Dakar,Senegal,14.7,-17.4
            Atlantis,Atlantis,,
            """
        )
        let summary = try importFiles([path])
        #expect(summary.counts.added == 2)
        #expect(summary.rejected.map(\.line) == [3, 4, 6])
        #expect(
            summary.rejected.map(\.reason) == [
                "city 'Nowhere' has no country, and the gazetteer does not know it: give its country",
                "latitude '95' is not a number from -90 to 90",
                "country 'Atlantis' is not a known country",
            ])
        #expect(try store.entity(reference: "Dakar").country == "SN")
    }

    @Test func strictModeWritesNothingWhenARowIsRejected() throws {
        let good = try folder.write("cities.csv", "name,country\nTunis,TN\n")
        _ = try importFiles([good])
        let bad = try folder.write("more-cities.csv", "name,country\nDakar,SN\nBamako,\n")
        #expect(
            throws: ImportError.rejected(
                file: bad, line: 3,
                reason: "city 'Bamako' has no country, and the gazetteer does not know it: give its country"
            )
        ) {
            try importFiles([bad], strict: true)
        }
        #expect(try store.statistics().entities == 1)
        #expect(try store.sources().map(\.name) == ["cities.csv"])
    }

    @Test func anUnterminatedQuoteIsRejectedAtItsLine() throws {
        let path = try folder.write("cities.csv", "name,country\nTunis,TN\n\"Dakar,SN\nBamako,ML\n")
        let summary = try importFiles([path])
        #expect(summary.counts.added == 1)
        #expect(summary.rejected.map(\.line) == [3])
        #expect(summary.rejected.first?.reason == "the quoted field opened on line 3 is never closed")
    }

    @Test func theKindComesFromAColumnOrTheFileName() throws {
        let mixed = try folder.write("lista.csv", "tipo,nombre,país\nciudad,Quito,Ecuador\norganización,Frente,EC\n")
        _ = try importFiles([mixed])
        #expect(try store.entity(reference: "Quito").kind == .city)
        #expect(try store.entity(reference: "Frente").kind == .organization)
        let campaigns = try folder.write("campañas-2024.csv", "nombre\nFronteras sin soldados\n")
        _ = try importFiles([campaigns])
        #expect(try store.entity(reference: "Fronteras sin soldados").kind == .campaign)
        let unknown = try folder.write("list.csv", "name\nX\n")
        #expect(throws: ImportError.unknownKind(file: unknown)) { try importFiles([unknown]) }
    }

    @Test func reimportingARemovedRowRetractsIt() throws {
        let path = try folder.write("cities.csv", "name,country\nTunis,TN\nRabat,MA\n")
        _ = try importFiles([path])
        try folder.write("cities.csv", "name,country\nTunis,TN\n")
        let summary = try importFiles([path])
        #expect(summary.counts.retracted == 1)
        #expect(summary.counts.unchanged == 1)
        #expect(throws: DirectoryError.notFound("Rabat")) { try store.entity(reference: "Rabat") }
    }

    @Test func aCityNamedWithoutCountryLinksWhenItIsKnown() throws {
        _ = try importFiles([try folder.write("cities.csv", "name,country,aliases\nBrussels,BE,Bruxelles|Brussel\n")])
        let summary = try importFiles([
            try folder.write("organisations.csv", "nom,ville\nPlateforme,Bruxelles\nAutre,Lyon\n")
        ])
        let plateforme = try store.details(of: store.entity(reference: "Plateforme"))
        #expect(plateforme.neighbors.map(\.entity.name) == ["Brussels"])
        #expect(summary.files[0].warnings.map(\.line) == [3])
    }

    @Test func aRecordMatchedByNameKeepsItsMatchWhenANamesakeArrives() throws {
        let path = try folder.write(
            "organizations.csv",
            "name,country,website\nCasa Migrante,MX,casa.example.org\nCasa Migrante,MX,\nCasa Migrante,MX,otra.example.org\n"
        )
        let first = try importFiles([path])
        #expect(first.counts.added == 2)
        let again = try importFiles([path])
        #expect(again.counts.added == 0)
        #expect(again.counts.updated == 0)
        #expect(again.counts.unchanged == 2)
    }

    @Test func aDryRunShowsCellsExactlyAsDecoded() throws {
        let path = try folder.write("eventos.csv", "nombre;fecha\n\"Foro; 2018\";2018-11-02\nX;2018-13\n")
        let preview = try Importer().preview(ImportRequest(files: [path]))[0]
        #expect(preview.delimiter == ";")
        #expect(preview.encoding == "UTF-8")
        #expect(preview.columns == ["nombre", "fecha"])
        #expect(preview.rows.map(\.cells) == [["Foro; 2018", "2018-11-02"], ["X", "2018-13"]])
        #expect(preview.rejected.map(\.line) == [3])
        #expect(try store.statistics().entities == 0)
    }
}
