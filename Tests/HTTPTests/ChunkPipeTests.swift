import Testing

@testable import DirectoryHTTP

@Suite struct ChunkPipeTests {
    /// A client that leaves with chunks unread: the producer is stopped, and the pipe goes away quietly
    /// (libdispatch used to stop the whole server here, the semaphore being below its starting value).
    @Test func aPipeWhoseClientLeftStopsTheProducerAndGoesAwayQuietly() throws {
        var pipe: ChunkPipe? = ChunkPipe(depth: 4)
        try pipe?.send([1])
        try pipe?.send([2])
        pipe?.close()
        #expect(throws: CancellationError.self) { try pipe?.send([3]) }
        pipe = nil
    }
}
