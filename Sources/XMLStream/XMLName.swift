/// The name of an element: its local name and the namespace it is in.
public struct XMLName: Sendable, Equatable {
    /// The local name, without prefix (`item`, `encoded`).
    public var name: String
    /// The namespace URI, nil when none.
    public var namespace: String?

    public init(name: String, namespace: String?) {
        self.name = name
        self.namespace = namespace
    }
}
