import CLibXML2
import Foundation

/// Validates documents against an XML Schema with libxml2, collecting its messages.
final class SchemaValidation {
    private let schema: xmlSchemaPtr

    init(schemaPath: String) throws {
        guard let context = xmlSchemaNewParserCtxt(schemaPath) else { throw Failure("cannot read \(schemaPath)") }
        defer { xmlSchemaFreeParserCtxt(context) }
        guard let schema = xmlSchemaParse(context) else { throw Failure("\(schemaPath) is not a valid schema") }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// The validity errors of the document at `path`, each with its line; empty when it is valid.
    func errors(path: String) throws -> [String] {
        guard let context = xmlSchemaNewValidCtxt(schema) else { throw Failure("libxml2 could not validate") }
        defer { xmlSchemaFreeValidCtxt(context) }
        let box = Unmanaged.passRetained(Collected())
        defer { box.release() }
        xmlSchemaSetValidStructuredErrors(
            context,
            { data, error in
                guard let data, let error else { return }
                let collected = Unmanaged<Collected>.fromOpaque(data).takeUnretainedValue()
                let message = error.pointee.message.map { String(cString: $0) } ?? "?"
                collected.messages.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .newlines))")
            }, box.toOpaque())
        let result = xmlSchemaValidateFile(context, path, 0)
        let messages = box.takeUnretainedValue().messages
        if result != 0 && messages.isEmpty { return ["libxml2 gave up with code \(result)"] }
        return messages
    }

    private final class Collected {
        var messages: [String] = []
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
