import Directory
import Foundation

/// Turns a CSV row into a ``MappedRecord``, or into the reason it is rejected.
struct RowMapper: Sendable {
    let header: HeaderMap
    /// The kind every row has, from `--kind` or the file name; nil when a `kind` column says it.
    let kind: EntityKind?

    /// Why a row cannot be imported, as the report shows it after `file:line:`.
    struct Rejection: Error, Equatable {
        var reason: String
    }

    func map(_ cells: [String]) -> Result<MappedRecord, Rejection> {
        Result { () throws(Rejection) in try mapOrThrow(cells) }
    }

    private func reject(_ reason: String) -> Rejection { Rejection(reason: reason) }

    private func mapOrThrow(_ cells: [String]) throws(Rejection) -> MappedRecord {
        if cells.count > header.width {
            throw reject("the row has \(cells.count) cells, the header \(header.width)")
        }
        let kind = try rowKind(cells)
        var name = header.value(.name, in: cells)
        if kind == .city && name == nil { name = header.value(.city, in: cells) }
        guard let name, !Normalizer.normalize(name).isEmpty else {
            throw reject("column '\(header.title(.name))' is empty")
        }
        let country = try countryCode(cells)
        var facts = EntityFacts(
            name: name,
            aliases: header.values(.aliases, in: cells),
            description: header.value(.description, in: cells),
            country: country,
            region: header.value(.region, in: cells),
            website: header.value(.website, in: cells),
            status: header.value(.status, in: cells),
            starts: try date(.starts, cells),
            ends: try date(.ends, cells),
            visibility: try visibility(cells),
            sensitive: try sensitive(cells),
            extra: extraAttributes(cells)
        )
        (facts.lat, facts.lon) = try coordinates(cells)
        // A city without its country has no key of its own: the gazetteer may still know it.
        let key = EntityKey.make(kind: kind, name: name, country: country, website: facts.website)
        if key == nil && kind != .city { throw reject("no identity can be made from the name '\(name)'") }
        var record = MappedRecord(kind: kind, key: key, facts: facts)
        if kind != .city, let city = header.value(.city, in: cells) {
            record.city = MappedRecord.PlaceName(name: city, country: country, region: facts.region)
        }
        record.links = links(kind, cells)
        return record
    }

    private func rowKind(_ cells: [String]) throws(Rejection) -> EntityKind {
        if let kind { return kind }
        guard let text = header.value(.kind, in: cells) else {
            throw reject("column '\(header.title(.kind))' is empty")
        }
        guard let kind = EntityKind(loosely: text), EntityKind.listable.contains(kind) else {
            throw reject("kind '\(text)' is not one of city, organization, campaign, event")
        }
        return kind
    }

    private func countryCode(_ cells: [String]) throws(Rejection) -> String? {
        try FieldParsing.country(header.value(.country, in: cells))
    }

    private func coordinates(_ cells: [String]) throws(Rejection) -> (Double?, Double?) {
        try FieldParsing.coordinates(header.value(.lat, in: cells), header.value(.lon, in: cells))
    }

    private func date(_ column: Column, _ cells: [String]) throws(Rejection) -> String? {
        try FieldParsing.date(header.value(column, in: cells), label: header.title(column))
    }

    private func visibility(_ cells: [String]) throws(Rejection) -> Visibility? {
        try FieldParsing.visibility(header.value(.visibility, in: cells))
    }

    private func sensitive(_ cells: [String]) throws(Rejection) -> Bool? {
        try FieldParsing.sensitive(header.value(.sensitive, in: cells))
    }

    private func extraAttributes(_ cells: [String]) -> [String: String] {
        var extra: [String: String] = [:]
        for (position, title) in header.extra where position < cells.count {
            let value = Normalizer.trim(cells[position])
            if !value.isEmpty { extra[title] = value }
        }
        return extra
    }

    private func links(_ kind: EntityKind, _ cells: [String]) -> [MappedRecord.Link] {
        var links: [MappedRecord.Link] = []
        func add(_ column: Column, _ relation: Relation, _ target: MappedRecord.Target, inbound: Bool = false) {
            for name in header.values(column, in: cells) {
                links.append(MappedRecord.Link(relation: relation, target: target, name: name, inbound: inbound))
            }
        }
        if kind != .city { add(.themes, .worksOn, .kind(.theme)) }
        switch kind {
        case .organization:
            add(.campaigns, .supports, .kind(.campaign))
            add(.memberOf, .memberOf, .campaignOrOrganization)
            add(.allies, .alliedWith, .kind(.organization))
        case .city:
            add(.campaigns, .memberOf, .kind(.campaign))
            add(.memberOf, .memberOf, .campaignOrOrganization)
        case .campaign:
            add(.organizers, .organizes, .kind(.organization), inbound: true)
        case .event:
            add(.organizers, .organizes, .kind(.organization), inbound: true)
            add(.partOf, .partOf, .kind(.campaign))
            add(.campaigns, .partOf, .kind(.campaign))
        case .theme, .article:
            break
        }
        return links
    }
}
