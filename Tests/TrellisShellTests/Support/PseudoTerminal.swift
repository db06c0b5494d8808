#if canImport(Glibc)
import Glibc
#endif

/// A new pseudo-terminal: the controlling side the test writes keys to and reads the screen
/// from, and the path of the device the program gets.
struct PseudoTerminal {
    /// POSIX_SPAWN_SETSID (glibc): the program starts a new session.
    static let spawnNewSession: Int32 = 0x80

    let controller: Int32
    let devicePath: String

    // posix_openpt, grantpt, unlockpt and ptsname_r are in the C library but not visible to Swift
    // without _XOPEN_SOURCE, so they are looked up by name.
    private typealias DescriptorFunction = @convention(c) (Int32) -> Int32
    private typealias NameFunction = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    static func open(rows: Int, columns: Int) throws -> PseudoTerminal {
        let library = dlopen(nil, RTLD_NOW)
        guard let openSymbol = dlsym(library, "posix_openpt"), let grantSymbol = dlsym(library, "grantpt"),
              let unlockSymbol = dlsym(library, "unlockpt"), let nameSymbol = dlsym(library, "ptsname_r") else {
            throw TerminalSessionError.cannotOpenTerminal("the C library lacks posix_openpt")
        }
        let openController = unsafeBitCast(openSymbol, to: DescriptorFunction.self)
        let grant = unsafeBitCast(grantSymbol, to: DescriptorFunction.self)
        let unlock = unsafeBitCast(unlockSymbol, to: DescriptorFunction.self)
        let name = unsafeBitCast(nameSymbol, to: NameFunction.self)

        let controller = openController(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard controller >= 0 else { throw TerminalSessionError.cannotOpenTerminal(String(cString: strerror(errno))) }
        var path = [CChar](repeating: 0, count: 256)
        guard grant(controller) == 0, unlock(controller) == 0, name(controller, &path, path.count) == 0 else {
            close(controller)
            throw TerminalSessionError.cannotOpenTerminal(String(cString: strerror(errno)))
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(controller, UInt(TIOCSWINSZ), &size)
        let device = String(decoding: path.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return PseudoTerminal(controller: controller, devicePath: device)
    }
}
