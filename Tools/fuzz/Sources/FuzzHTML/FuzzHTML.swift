import FuzzSupport

@testable import XMLStream

/// HTML made text: the fast reader of feeds' usual markup either gives up or reads what libxml2's HTML parser
/// reads.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    var html = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    html.withUTF8 { bytes in
        if let fast = SimpleHTML.text(of: bytes) {
            let parsed = HTMLText.parsed(bytes)
            precondition(fast == parsed, "\(fast.debugDescription) is not libxml2's \(parsed.debugDescription)")
        }
    }
    return 0
}

@_cdecl("FuzzHTML_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzHTML)
}
