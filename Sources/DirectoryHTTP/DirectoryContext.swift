public import Directory
public import Hummingbird

/// A request's context: who is asking decides what the answers may show.
public struct DirectoryContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Anyone, until a partner's token says otherwise.
    public var audience: Audience = .public

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
