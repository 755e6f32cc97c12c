import FuzzSupport
import Importers

/// Every record of the input, read with small chunks so that records, quotes and line ends straddle them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for chunkSize in [7, 1 << 16] {
        guard let reader = try? CSVReader(bytes: bytes, chunkSize: chunkSize) else { return 0 }
        var lastLine = 0
        while let record = try? reader.next() {
            precondition(record.line > lastLine, "lines go forward")
            lastLine = record.line
        }
    }
    return 0
}

@_cdecl("FuzzCSV_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzCSV)
}
