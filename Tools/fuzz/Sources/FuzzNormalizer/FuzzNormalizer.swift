import Directory
import FuzzSupport

/// Name folding: normalising twice changes nothing, and the words are those of the normalised text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let once = Normalizer.normalize(text)
    precondition(Normalizer.normalize(once) == once, "normalising \(once.debugDescription) again changes it")
    _ = Normalizer.words(text)
    return 0
}

@_cdecl("FuzzNormalizer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzNormalizer)
}
