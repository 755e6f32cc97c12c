import CLibXML2

/// libxml2 as a whole, apart from any one document.
enum XMLLibrary {
    /// Sets up libxml2's global state before a second thread parses: its documentation asks programs that
    /// parse on several threads to call `xmlInitParser` once before they do. Calling again does nothing.
    static func prepareForThreads() {
        xmlInitParser()
    }
}
