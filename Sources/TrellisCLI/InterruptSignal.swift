import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The signals the interactive shell handles itself: Ctrl-C (SIGINT), a change of window size
/// (SIGWINCH) and being continued after a stop (SIGCONT).
///
/// The handlers only count the signals and write a byte to a pipe, both safe inside a signal
/// handler. The shell reads the counts where it is safe to act: the line editor between key
/// presses (it also waits on ``wakeUpDescriptor``, so a signal never goes unnoticed), the
/// statement runner while a statement runs.
enum InterruptSignal {
    /// How many times Ctrl-C was pressed since the handlers were installed.
    static var interruptCount: Int { interrupts.load(ordering: .acquiring) }
    /// How many times the window changed size.
    static var resizeCount: Int { resizes.load(ordering: .acquiring) }
    /// How many times the program was continued after a stop.
    static var continueCount: Int { continues.load(ordering: .acquiring) }

    /// A descriptor that becomes readable when a handled signal arrives; -1 before ``install()``.
    static var wakeUpDescriptor: Int32 { wakeUpRead.load(ordering: .acquiring) }

    private static let interrupts = Atomic<Int>(0)
    private static let resizes = Atomic<Int>(0)
    private static let continues = Atomic<Int>(0)
    private static let wakeUpRead = Atomic<Int32>(-1)
    private static let wakeUpWrite = Atomic<Int32>(-1)
    private static let installed = Atomic<Bool>(false)

    /// Installs the handlers (once). Ctrl-C no longer ends the program: the shell decides what it means.
    static func install() {
        guard installed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else {
            return
        }
        var descriptors: [Int32] = [-1, -1]
        if pipe(&descriptors) == 0 {
            for descriptor in descriptors {
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            }
            wakeUpRead.store(descriptors[0], ordering: .releasing)
            wakeUpWrite.store(descriptors[1], ordering: .releasing)
        }
        handle(SIGINT) { _ in InterruptSignal.noteSignal(InterruptSignal.interrupts) }
        handle(SIGWINCH) { _ in InterruptSignal.noteSignal(InterruptSignal.resizes) }
        handle(SIGCONT) { _ in InterruptSignal.noteSignal(InterruptSignal.continues) }
    }

    /// Empties the wake-up pipe after the signals it announced have been looked at.
    static func drainWakeUps() {
        let descriptor = wakeUpDescriptor
        guard descriptor >= 0 else { return }
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &bytes, bytes.count) > 0 {}
    }

    private static func noteSignal(_ counter: borrowing Atomic<Int>) {
        let savedError = errno
        counter.add(1, ordering: .releasing)
        var byte: UInt8 = 1
        let descriptor = wakeUpWrite.load(ordering: .acquiring)
        if descriptor >= 0 { _ = write(descriptor, &byte, 1) }
        errno = savedError
    }

    /// Installs `handler` for `signal`, without restarting interrupted system calls, so that a
    /// blocked read returns and the signal is looked at.
    private static func handle(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = handler
        #else
        action.__sigaction_handler.sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }
}
