import Trellis
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar redrawn in place on standard error, for long imports:
///
/// ```text
/// [###########.........................]  31%   82.4 of 266.0 MB  School.csv
/// ```
///
/// Only made when standard error is a terminal, so that logs and pipes never see it.
final class ProgressBar {
    private let output: FileDescriptorOutput
    private let width = 30
    private var lastDrawn: (permille: Int, file: String)?
    private var drawn = false

    /// A bar on standard error, or nil when standard error is not a terminal.
    init?() {
        let output = FileDescriptorOutput.standardError()
        guard output.isTerminal else { return nil }
        self.output = output
    }

    /// Redraws the bar when the shown figures would change.
    func update(_ progress: ImportProgress) {
        let permille = Int(progress.fraction * 1000)
        if let last = lastDrawn, last.permille == permille, last.file == progress.file { return }
        lastDrawn = (permille, progress.file)
        let filled = permille * width / 1000
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let percent = String(permille / 10)
        let line = "\r[\(bar)] " + String(repeating: " ", count: max(0, 3 - percent.count)) + percent + "%  "
            + Self.megabytes(progress.bytesRead) + " of " + Self.megabytes(progress.totalBytes) + " MB  " + progress.file
        output.write(line + "\u{1B}[K")
        drawn = true
    }

    /// Removes the bar, leaving the cursor at the start of an empty line.
    func finish() {
        guard drawn else { return }
        output.write("\r\u{1B}[K")
        drawn = false
    }

    /// `82.4`: a byte count in megabytes with one decimal.
    static func megabytes(_ bytes: Int64) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }
}
