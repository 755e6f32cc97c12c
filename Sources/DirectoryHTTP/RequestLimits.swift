/// How much one request may ask of the server.
public struct RequestLimits: Sendable {
    /// The longest a question may take before the answer is 503.
    public var time: Duration
    /// The largest body a POST may send.
    public var bodyBytes: Int

    public init(time: Duration = .seconds(10), bodyBytes: Int = 64 * 1024) {
        self.time = time
        self.bodyBytes = bodyBytes
    }

    public static let standard = RequestLimits()
}
