public import Foundation

/// What can go wrong in the directory itself, phrased for the person who ran the command.
public enum DirectoryError: Error, Equatable, LocalizedError {
    case cannotOpen(path: String, reason: String)
    case database(String)
    case notFound(String)
    /// A name matched several entities; the candidates are listed so the user can pick one by id or key.
    case ambiguous(String, candidates: [Entity])
    case cannotMerge(String)
    case unknownPlace(String)
    case gazetteer(path: String, reason: String)
    case unknownTheme(String)
    /// A question that would need more work or memory than is safe; the text says how to narrow it.
    case tooBroad(String)
    /// A partner's name that already has a token.
    case tokenExists(String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the directory \(path): \(reason)"
        case .database(let message): "database: \(message)"
        case .notFound(let reference): "nothing in the directory is called '\(reference)'"
        case .ambiguous(let reference, let candidates):
            "'\(reference)' names \(candidates.count) entities; give one of: "
                + candidates.map { "\($0.id) (\($0.key))" }.joined(separator: ", ")
        case .cannotMerge(let reason): "cannot merge: \(reason)"
        case .unknownPlace(let place): "no city, region or country called '\(place)' is known"
        case .gazetteer(let path, let reason): "the gazetteer \(path) \(reason)"
        case .unknownTheme(let theme): "no theme called '\(theme)' is known"
        case .tooBroad(let reason): "the question is too broad: \(reason)"
        case .tokenExists(let name): "'\(name)' already has a token: revoke it, or name the new one differently"
        }
    }
}
