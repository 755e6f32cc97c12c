import XMLStream

/// Reads a document in one streamed pass and, when the stream gives up on an ill-formed document, reads it
/// again from the start as libxml2's recover mode repairs it, with a warning per repair naming its line and
/// column.
///
/// What the first pass handed over comes first again in the second, the same up to the error: the ``Gate``
/// admits it once, so that each record is handed over once.
enum RecoveringPass {
    /// Says whether a record found by a pass is to be handed over.
    final class Gate {
        private var skip: Int
        private(set) var admitted = 0

        init(skip: Int) { self.skip = skip }

        func admit() -> Bool {
            if skip > 0 {
                skip -= 1
                return false
            }
            admitted += 1
            return true
        }
    }

    /// - Parameters:
    ///   - pass: reads one document, asking the gate before handing over each record.
    /// - Returns: what `pass` returned, and the warnings of the repairs (none when the stream read it all).
    /// - Throws: ``XMLDiagnostic`` when not even recover mode makes a document of the file; what `pass` throws.
    static func read<Result>(
        path: String, _ pass: (_ reader: XMLStreamReader, _ gate: Gate) throws -> Result
    ) throws -> (Result, warnings: [String]) {
        try read(path: path, streamed: { gate in try pass(try XMLStreamReader(path: path), gate) }, recovered: pass)
    }

    /// ``read(path:_:)`` with a first pass of the caller's own, such as one over ``XMLReadAhead``.
    ///
    /// - Parameters:
    ///   - streamed: reads the document in one stream, asking the gate before handing over each record.
    ///   - recovered: reads it again as recover mode repairs it, when `streamed` threw an ``XMLDiagnostic``.
    static func read<Result>(
        path: String, streamed: (_ gate: Gate) throws -> Result,
        recovered: (_ reader: XMLStreamReader, _ gate: Gate) throws -> Result
    ) throws -> (Result, warnings: [String]) {
        let first = Gate(skip: 0)
        do {
            return (try streamed(first), [])
        } catch let diagnostic as XMLDiagnostic {
            let reader = try XMLStreamReader.recovering(path: path)
            let result = try recovered(reader, Gate(skip: first.admitted))
            let repairs = reader.diagnostics.isEmpty ? [diagnostic] : reader.diagnostics
            // libxml2 reports an entity loop once per nesting level, at the same place: say each thing once.
            var said: Set<String> = []
            let warnings = repairs.map { "line \($0.line), column \($0.column): \($0.message) (read in recover mode)" }
            return (result, warnings.filter { said.insert($0).inserted })
        }
    }
}
