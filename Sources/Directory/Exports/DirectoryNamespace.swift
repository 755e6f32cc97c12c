/// The namespace of directory XML (`docs/DIRECTORY-XML.md`), in whole documents and inside feeds' items.
public enum DirectoryNamespace {
    public static let uri = "urn:sanctuary:directory:1"
}
