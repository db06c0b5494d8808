import Foundation

/// Under continuous integration (`CI` set to anything but `0` or `false`) the tests that read the
/// openCypher TCK's feature files run even when the files cannot be found, and fail there: missing
/// files are a broken setup, never a reason to skip. Elsewhere they are skipped.
let tckIsRequired: Bool = {
    guard let value = ProcessInfo.processInfo.environment["CI"]?.lowercased() else { return false }
    return !["", "0", "false"].contains(value)
}()
