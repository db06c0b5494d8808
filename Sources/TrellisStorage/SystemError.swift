#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Operating-system facts that error messages mention.
enum SystemError {
    /// The text of an `errno` value, e.g. "No such file or directory".
    static func text(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// The `errno` of the last failed call.
    static var last: Int32 { errno }

    /// This process's id.
    static var currentProcessID: Int32 { getpid() }
}
