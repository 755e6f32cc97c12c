import Directory

/// Which cell of a row holds which column, read from the header.
struct HeaderMap: Sendable {
    private(set) var index: [Column: Int] = [:]
    /// The header as the file spells it, for messages.
    private(set) var titles: [Column: String] = [:]
    /// Headers that match no column: their cells go into the entity's extra attributes.
    private(set) var extra: [(Int, String)] = []
    let width: Int

    init(header: [String]) {
        width = header.count
        for (position, title) in header.enumerated() {
            if let column = Column(header: title), index[column] == nil {
                index[column] = position
                titles[column] = title
            } else if !Normalizer.trim(title).isEmpty {
                extra.append((position, Normalizer.trim(title)))
            }
        }
    }

    func title(_ column: Column) -> String { titles[column] ?? column.rawValue }

    /// The trimmed cell of `column`, nil when absent or empty.
    func value(_ column: Column, in cells: [String]) -> String? {
        guard let position = index[column], position < cells.count else { return nil }
        let text = Normalizer.trim(cells[position])
        return text.isEmpty ? nil : text
    }

    /// The values of a multi-valued cell, split on `;` or `|`.
    func values(_ column: Column, in cells: [String]) -> [String] {
        guard let text = value(column, in: cells) else { return [] }
        return text.split(whereSeparator: { $0 == ";" || $0 == "|" })
            .map { Normalizer.trim(String($0)) }
            .filter { !$0.isEmpty }
    }
}
