import FuzzSupport
import Importers

/// The whole feed reader on the input: recover mode, entity repair, items, dates, HTML made text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeed(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let path = ScratchFile.write(data, size)
    _ = try? FeedReader.feed(path: path, location: "https://feeds.example.org/news/feed.xml")
    return 0
}

@_cdecl("FuzzFeed_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzFeed)
}
