import Directory
import Foundation
import GRDB

/// The generated graph, and the peers' SQL.
enum Graph {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let path = NSTemporaryDirectory() + "sanctuary-bench/graph-1m.sqlite"

    /// Organizations far apart in id, so that their paths cross the graph.
    static let pairs: [(String, String)] = (0..<40).map { index in
        ("organization \(31_000 + index * 24_001)", "organization \(999_000 - index * 17_003)")
    }

    static func city(_ iteration: Int) -> String {
        "City \(201 + (iteration * 97) % 5000)"
    }

    /// The graph's database, generated the first time.
    static func store() throws -> DirectoryStore {
        if !FileManager.default.fileExists(atPath: path) {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let partial = path + ".partial"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
            _ = try DirectoryStore(path: partial)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", partial, ".read Tools/sql/large-graph.sql"]
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        }
        let store = try DirectoryStore(path: path)
        _ = warm
        return store
    }

    /// The file read through once per process, so that every question starts with it in the system's cache,
    /// as on a server that has been running: this machine reclaims cold file pages (DAMON), and a question
    /// that met them read from disk, which made runs differ by half.
    private static let warm: Bool = {
        guard let file = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? file.close() }
        while let chunk = try? file.read(upToCount: 1 << 24), !chunk.isEmpty {}
        return true
    }()

    static func queue() throws -> DatabaseQueue {
        _ = try store()
        return try DatabaseQueue(path: path)
    }

    /// The shortest path as a person writes it in SQL: walk every simple path from one end, both directions
    /// of every edge, up to the depth, and keep the first that reaches the other end.
    /// Interrupted after `patience` seconds, when it returns nil: the time measured is then the patience.
    static func peerPath(_ queue: DatabaseQueue, from: String, to: String, depth: Int) throws -> String? {
        let interrupt = DispatchWorkItem { queue.interrupt() }
        DispatchQueue.global().asyncAfter(deadline: .now() + patience, execute: interrupt)
        defer { interrupt.cancel() }
        do {
            return try walk(queue, from: from, to: to, depth: depth)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            return nil
        }
    }

    static let patience = 120.0

    private static func walk(_ queue: DatabaseQueue, from: String, to: String, depth: Int) throws -> String? {
        try queue.read { db in
            try String.fetchOne(
                db,
                sql: """
                    WITH RECURSIVE
                        ends(a, b) AS (SELECT (SELECT id FROM entities WHERE normalized = ?),
                                              (SELECT id FROM entities WHERE normalized = ?)),
                        walk(node, depth, path) AS (
                            SELECT a, 0, ',' || a || ',' FROM ends
                            UNION ALL
                            SELECT n.other, w.depth + 1, w.path || n.other || ','
                            FROM walk w JOIN (SELECT src AS node, dst AS other FROM edges
                                              UNION ALL SELECT dst, src FROM edges) n ON n.node = w.node
                            WHERE w.depth < ? AND instr(w.path, ',' || n.other || ',') = 0
                                AND w.node <> (SELECT b FROM ends)
                        )
                    SELECT path FROM walk WHERE node = (SELECT b FROM ends) ORDER BY depth LIMIT 1
                    """,
                arguments: [from, to, depth]
            )
        }
    }

    static func peerWhoInCity(_ queue: DatabaseQueue, theme: String, city: String) throws -> [Int64] {
        try queue.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT e.id FROM entities e
                    JOIN edges w ON w.src = e.id AND w.relation = 'works_on'
                    JOIN entities t ON t.id = w.dst AND t.kind = 'theme' AND t.name = ?
                    JOIN edges x ON x.src = e.id AND x.relation IN ('based_in', 'active_in', 'held_in')
                    JOIN entities c ON c.id = x.dst AND c.kind = 'city' AND c.name = ?
                    """,
                arguments: [theme, city]
            )
        }
    }

    static func peerWhoInCountry(_ queue: DatabaseQueue, theme: String, country: String) throws -> [Int64] {
        try queue.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT e.id FROM entities e
                    JOIN edges w ON w.src = e.id AND w.relation = 'works_on'
                    JOIN entities t ON t.id = w.dst AND t.kind = 'theme' AND t.name = ?
                    WHERE e.country = ?
                    """,
                arguments: [theme, country]
            )
        }
    }

    /// Themes per place, most first: the GROUP BY a person writes.
    static func peerPlaces(_ queue: DatabaseQueue, city: String?) throws -> [Row] {
        try queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.name, count(DISTINCT w.dst) AS themes, count(DISTINCT x.src) AS entities
                    FROM entities c JOIN edges x ON x.dst = c.id AND x.relation IN ('based_in', 'active_in', 'held_in')
                    JOIN edges w ON w.src = x.src AND w.relation = 'works_on'
                    WHERE c.kind = 'city' AND (? IS NULL OR c.name = ?)
                    GROUP BY c.id ORDER BY themes DESC, entities DESC LIMIT 20
                    """,
                arguments: [city, city]
            )
        }
    }
}
