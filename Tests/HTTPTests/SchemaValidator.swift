/// Checks JSON values against the schemas of an OpenAPI 3.1 document (JSON Schema 2020-12), for the keywords
/// the document uses: `$ref` to its components, `type`, `enum`, `const`, `properties`, `required`,
/// `additionalProperties`, `unevaluatedProperties: false`, `items`, `minItems`, `maxItems`, `allOf`, `anyOf`, `oneOf`,
/// `minimum`, `maximum`. A keyword it does not know fails the check, so that the document cannot say more than
/// is checked.
struct SchemaValidator {
    let document: JSONValue

    private static let known: Set<String> = [
        "$ref", "type", "enum", "const", "properties", "required", "additionalProperties", "unevaluatedProperties",
        "items", "minItems", "maxItems", "allOf", "anyOf", "oneOf", "minimum", "maximum", "description",
    ]

    /// What is wrong with `value`, one line each, each naming where; empty when it conforms.
    func errors(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        check(value, schema, path).errors
    }

    private func check(_ value: JSONValue, _ schema: JSONValue, _ path: String) -> (errors: [String], seen: Set<String>)
    {
        guard case .object(let keywords) = schema else { return (["\(path): the schema is not an object"], []) }
        var errors: [String] = []
        var seen: Set<String> = []
        for keyword in keywords.keys where !Self.known.contains(keyword) {
            errors.append("\(path): the validator does not know '\(keyword)'")
        }
        if let reference = keywords["$ref"]?.string {
            guard let target = resolve(reference) else { return (["\(path): no schema at \(reference)"], []) }
            let result = check(value, target, path)
            errors += result.errors
            seen.formUnion(result.seen)
        }
        if let type = keywords["type"] {
            let allowed: Set<String> =
                switch type {
                case .string(let one): [one]
                case .array(let many): Set(many.compactMap(\.string))
                default: []
                }
            if allowed.isDisjoint(with: value.types) {
                errors.append("\(path): \(value) is not of type \(allowed.sorted())")
                return (errors, seen)
            }
        }
        if case .array(let options)? = keywords["enum"], !options.contains(value) {
            errors.append("\(path): \(value) is not one of \(options)")
        }
        if let constant = keywords["const"], constant != value { errors.append("\(path): \(value) is not \(constant)") }
        if case .number(let number, _) = value {
            if case .number(let minimum, _)? = keywords["minimum"], number < minimum {
                errors.append("\(path): \(number) < \(minimum)")
            }
            if case .number(let maximum, _)? = keywords["maximum"], number > maximum {
                errors.append("\(path): \(number) > \(maximum)")
            }
        }
        if case .array(let items) = value {
            if let schema = keywords["items"] {
                for (index, item) in items.enumerated() { errors += check(item, schema, "\(path)[\(index)]").errors }
            }
            if case .number(let minimum, _)? = keywords["minItems"], Double(items.count) < minimum {
                errors.append("\(path): fewer than \(minimum) items")
            }
            if case .number(let maximum, _)? = keywords["maxItems"], Double(items.count) > maximum {
                errors.append("\(path): more than \(maximum) items")
            }
        }
        if case .array(let all)? = keywords["allOf"] {
            for schema in all {
                let result = check(value, schema, path)
                errors += result.errors
                seen.formUnion(result.seen)
            }
        }
        if case .array(let options)? = keywords["anyOf"] {
            let results = options.map { check(value, $0, path) }
            if let passing = results.first(where: \.errors.isEmpty) {
                seen.formUnion(passing.seen)
            } else {
                errors.append(
                    "\(path): matches none of anyOf's schemas: "
                        + results.flatMap(\.errors).prefix(6).joined(separator: "; "))
            }
        }
        if case .array(let options)? = keywords["oneOf"] {
            let results = options.map { check(value, $0, path) }
            let passing = results.filter(\.errors.isEmpty)
            if passing.count != 1 {
                errors.append(
                    "\(path): matches \(passing.count) of oneOf's \(options.count) schemas: "
                        + results.flatMap(\.errors).prefix(6).joined(separator: "; "))
            }
            seen.formUnion(passing.first?.seen ?? [])
        }
        if case .object(let members) = value {
            let properties: [String: JSONValue] =
                if case .object(let properties)? = keywords["properties"] { properties } else { [:] }
            for (name, schema) in properties {
                guard let member = members[name] else { continue }
                errors += check(member, schema, "\(path).\(name)").errors
            }
            seen.formUnion(properties.keys)
            if case .array(let required)? = keywords["required"] {
                for name in required.compactMap(\.string) where members[name] == nil {
                    errors.append("\(path): '\(name)' is missing")
                }
            }
            let others = Set(members.keys).subtracting(properties.keys)
            switch keywords["additionalProperties"] {
            case .bool(false)?:
                for name in others.sorted() { errors.append("\(path): '\(name)' is not in the schema") }
            case let schema? where schema != .bool(true):
                for name in others.sorted() { errors += check(members[name]!, schema, "\(path).\(name)").errors }
                seen.formUnion(others)
            default:
                break
            }
            if keywords["unevaluatedProperties"] == .bool(false) {
                for name in Set(members.keys).subtracting(seen).sorted() {
                    errors.append("\(path): '\(name)' is not in the schema")
                }
            }
        }
        return (errors, seen)
    }

    /// `node`, or what it points at when it is a `$ref` (a shared response of the document).
    func resolved(_ node: JSONValue?) -> JSONValue? {
        guard let reference = node?["$ref"]?.string else { return node }
        return resolve(reference)
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = document
        for part in reference.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }
}
