/// How much one request may ask of the server.
public struct RequestLimits: Sendable {
    /// The longest a question may take before the answer is 503.
    public var time: Duration
    /// The largest body a POST may send.
    public var bodyBytes: Int
    /// How long the server goes on reading, and dropping, a body it answered without reading (refused, or
    /// sent to a route that takes none) before it closes a connection the client asked to close.
    public var unreadBodyLingering: Duration

    public init(time: Duration = .seconds(10), bodyBytes: Int = 64 * 1024, unreadBodyLingering: Duration = .seconds(10))
    {
        self.time = time
        self.bodyBytes = bodyBytes
        self.unreadBodyLingering = unreadBodyLingering
    }

    public static let standard = RequestLimits()
}
