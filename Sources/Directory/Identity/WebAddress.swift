/// The identity of an organization's website: the address a person would type, without scheme, `www.`,
/// port, query, fragment or trailing slash, in lower case.
///
/// The path is kept: organizations that publish under a shared host (`facebook.com/groupA`,
/// `example.org/~someone`) are different organizations. `https://www.CETRI.be/` and `http://cetri.be` meet
/// as `cetri.be`.
public enum WebAddress {
    /// The canonical form of `text`, or nil when it holds no host.
    public static func canonical(_ text: String) -> String? {
        var rest = Substring(Normalizer.trim(text))
        if let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
        }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            rest = rest[..<end]
        }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<slash].lowercased()
        var path = String(rest[slash...]).lowercased()
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        while host.hasSuffix(".") { host.removeLast() }
        while path.hasSuffix("/") { path.removeLast() }
        for index in ["/index.html", "/index.htm", "/index.php"] where path.hasSuffix(index) {
            path.removeLast(index.count)
        }
        guard host.contains("."), !host.contains(" "), !host.hasPrefix("."), !host.isEmpty else { return nil }
        return host + path
    }
}
