import FuzzSupport

@testable import Importers

/// The directory XML reader on the input, each element it hands over mapped as the importer maps it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDirectoryXML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let path = ScratchFile.write(data, size)
    _ = try? DirectoryXMLReader.read(path: path, entity: { _ in }, relation: { _ in })
    return 0
}

@_cdecl("FuzzDirectoryXML_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzDirectoryXML)
}
