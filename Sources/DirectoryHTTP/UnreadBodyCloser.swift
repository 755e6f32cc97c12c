import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Ends a connection whose client asked to close it (`Connection: close`) once its answer is written, even when
/// the answer came before the whole body was read: a refused body (413, 415) or one no route reads.
///
/// Hummingbird writes the answer, half-closes and waits for the connection to close, but no longer reads it
/// itself: with the body's unread parts filling its buffer, it cannot see the client close behind them, so the
/// connection stayed open for good with the part of the body already read (about 400 KB for each 2 MB search
/// refused, 1 GB after 2,000 of them). From the answer on, this handler reads on and drops what comes, closes
/// when the body ends, and closes anyway after `lingering` (a client that never finishes, or never closes).
/// Reading the rest rather than closing at once lets the client read its answer: closing with unread bytes
/// makes the system reset the connection.
final class UnreadBodyCloser: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let lingering: TimeAmount
    private var closeAfterAnswer = false
    private var dropping = false
    private var deadline: Scheduled<Void>?

    init(lingering: TimeAmount) {
        self.lingering = lingering
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if dropping {
            if case .end = part { context.close(promise: nil) }
            return
        }
        // As Hummingbird decides whether to keep the connection.
        if case .head(let head) = part { closeAfterAnswer = head.headerFields[.connection] == "close" }
        context.fireChannelRead(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if dropping { context.read() }
        context.fireChannelReadComplete()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        context.write(data, promise: promise)
        guard case .end = unwrapOutboundIn(data), closeAfterAnswer, !dropping else { return }
        dropping = true
        let channel = context.channel
        deadline = context.eventLoop.scheduleTask(in: lingering) { channel.close(promise: nil) }
        context.read()
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        context.fireChannelInactive()
    }
}
