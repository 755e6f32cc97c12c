import FuzzSupport
import Importers

/// Feed dates (RFC 822 and its sloppy forms, ISO 8601): a date read is one that prints and reads back the
/// same.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = FeedDate(text) {
        precondition(FeedDate(date.description) == date, "\(date) does not read back")
    }
    return 0
}

@_cdecl("FuzzDate_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzDate)
}
