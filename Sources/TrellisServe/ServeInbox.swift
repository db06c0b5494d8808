import Dispatch
import Synchronization

/// The requests read but not yet answered, in order, handed from the thread reading the input to
/// the thread answering them. An interrupt marks every request before it as cancelled the moment
/// it is read, even while those are still waiting or running.
final class ServeInbox: Sendable {
    /// A request and its place in the input (0 for the first request).
    struct Entry: Sendable {
        var sequence: Int
        var request: ServeRequest
    }

    private struct State {
        var pending: [Entry] = []
        var nextSequence = 0
        /// Requests numbered below this are cancelled.
        var cancelledBelow = 0
        var ended = false
    }

    private let state = Mutex(State())
    /// Signalled once per request posted and once at the end of the input.
    private let available = DispatchSemaphore(value: 0)

    /// Adds `request` after those already waiting; an interrupt also cancels all of them.
    func post(_ request: ServeRequest) {
        state.withLock { state in
            let sequence = state.nextSequence
            state.nextSequence += 1
            if case .interrupt = request.action { state.cancelledBelow = sequence }
            state.pending.append(Entry(sequence: sequence, request: request))
        }
        available.signal()
    }

    /// Notes that no more requests will come.
    func end() {
        state.withLock { $0.ended = true }
        available.signal()
    }

    /// The next request, waiting for one to be posted; nil once the input has ended and every
    /// request has been taken.
    func next() -> Entry? {
        available.wait()
        return state.withLock { state in
            state.pending.isEmpty ? nil : state.pending.removeFirst()
        }
    }

    /// Whether an interrupt read after the request numbered `sequence` cancelled it.
    func isCancelled(_ sequence: Int) -> Bool {
        state.withLock { sequence < $0.cancelledBelow }
    }
}
