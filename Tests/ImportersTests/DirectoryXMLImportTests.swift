import Directory
import Importers
import SanctuaryTestSupport
import Testing

@Suite struct DirectoryXMLImportTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }
    var folder: TemporaryDirectory { fixture.folder }

    init() throws { fixture = try TemporaryStore() }

    private func run(_ path: String, strict: Bool = false) throws -> ImportReport {
        try Importer().run(ImportRequest(files: [path], strict: strict), store: store).files[0]
    }

    private func neighbors(_ reference: String) throws -> [String] {
        try store.details(of: store.entity(reference: reference)).neighbors
            .map { "\($0.label) \($0.entity.kind.rawValue) \($0.entity.name)" }.sorted()
    }

    @Test func entitiesAndTheRelationsBetweenTheirIdsAreImported() throws {
        let path = try folder.write(
            "partner.xml",
            """
            <directory xmlns="urn:sanctuary:directory:1">
              <entity id="a" kind="organization" visibility="partners" sensitive="true">
                <name>Casa Segura</name><alias>Safe House</alias><country>Mexico</country>
                <point lat="19.43" lon="-99.13"/><website>https://casa.example.org</website>
                <future-element>left alone</future-element>
              </entity>
              <entity id="b" kind="campaign"><name>Borders Without Soldiers</name><starts>2018-11</starts></entity>
              <relation from="a" type="supports" to="b"><source>elsewhere.csv</source></relation>
            </directory>
            """)
        let report = try run(path)
        #expect(report.format == "directory")
        #expect(report.rows == 3)
        #expect(report.counts.added == 2)
        #expect(report.rejected.isEmpty)
        let casa = try store.entity(reference: "casa.example.org")
        #expect(casa.name == "Casa Segura")
        #expect(casa.country == "MX")
        #expect(casa.visibility == .partners)
        #expect(casa.sensitive)
        #expect(casa.lat == 19.43)
        #expect(try store.details(of: casa).aliases == ["Safe House"])
        #expect(try store.entity(reference: "Borders Without Soldiers").starts == "2018-11")
        // Its point does not place it: the document's relations do.
        #expect(try neighbors("casa.example.org") == ["supports campaign Borders Without Soldiers"])
    }

    @Test func badEntitiesAndRelationsAreRejectedWithTheirLines() throws {
        let path = try folder.write(
            "partner.xml",
            """
            <directory xmlns="urn:sanctuary:directory:1">
              <entity id="a" kind="place"><name>Porto</name></entity>
              <entity id="b" kind="campaign"/>
              <entity id="c" kind="campaign"><name>Kept</name><starts>soon</starts></entity>
              <entity id="d" kind="campaign"><name>Kept</name></entity>
              <relation from="d" type="near" to="d"/>
              <relation from="d" type="part_of" to="z"/>
            </directory>
            """)
        let report = try run(path)
        #expect(report.rejected.map(\.line) == [2, 3, 4, 6, 7])
        #expect(
            report.rejected.map(\.reason) == [
                "kind 'place' is not one of city, organization, campaign, event, theme, article",
                "the entity has no name",
                "starts 'soon' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                "relation type 'near' is not one of based_in, active_in, member_of, supports, organizes, held_in, "
                    + "part_of, works_on, allied_with, mentions",
                "relation to 'z' names no entity before it",
            ])
        #expect(report.counts.added == 1)
    }

    @Test func aDocumentOfAnotherVocabularyIsRefused() throws {
        let path = try folder.write("other.xml", "<directory><entity/></directory>")
        #expect(throws: FeedError.notAFeed(file: path, root: "directory")) { try run(path) }
    }

    @Test func anEntityInsideAFeedsItemAddsWhatTheFeedCannotSay() throws {
        let path = try folder.write(
            "calendar.xml",
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:s="urn:sanctuary:directory:1">
              <title>Calendar</title>
              <entry><title>Open assembly</title><id>tag:cal.example.org,2026:1</id>
                <s:entity visibility="partners">
                  <s:name>Open assembly of the network</s:name><s:alias>Asamblea abierta</s:alias>
                  <s:starts>2026-12-05</s:starts><s:ends>2026-12-06</s:ends>
                  <s:city country="ES">Valencia</s:city>
                  <s:theme>migration</s:theme>
                  <s:related type="part_of">Borders Without Soldiers</s:related>
                  <s:related type="organizes" kind="organization" inverse="true">Red Abierta</s:related>
                </s:entity>
              </entry>
              <entry><title>Wrong</title><id>tag:cal.example.org,2026:2</id>
                <s:entity><s:related type="held_in">Valencia</s:related></s:entity></entry>
            </feed>
            """)
        let shown = try FeedReader.feed(path: path)
        #expect(shown.items[0].entity?.starts == "2026-12-05")
        #expect(shown.items[0].entity?.city?.country == "ES")
        let report = try Importer().run(ImportRequest(files: [path], items: .event), store: store).files[0]
        #expect(report.rejected.map(\.reason) == ["related 'Valencia' needs a kind: held_in does not imply one"])
        let event = try store.entity(reference: "item:tag:cal.example.org,2026:1")
        #expect(event.name == "Open assembly of the network")
        #expect(event.starts == "2026-12-05")
        #expect(event.ends == "2026-12-06")
        #expect(event.visibility == .partners)
        let found = try neighbors("item:tag:cal.example.org,2026:1")
        #expect(
            found == [
                "held in city Valencia", "organized by organization Red Abierta",
                "part of campaign Borders Without Soldiers", "works on theme migration",
            ], "\(found)")
    }
}
