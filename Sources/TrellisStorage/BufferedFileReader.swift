/// Reads ranges of a file through a window of about a megabyte, so that scanning many small
/// records costs few system calls.
final class BufferedFileReader {
    private let file: DurableFile
    /// The file's bytes `windowStart ..< windowStart + window.count`.
    private var window: [UInt8] = []
    private var windowStart = 0
    private let windowSize: Int

    init(file: DurableFile, windowSize: Int = 1 << 20) {
        self.file = file
        self.windowSize = windowSize
    }

    /// Up to `count` bytes at `offset` (fewer only at the end of the file).
    func bytes(at offset: Int, count: Int) throws -> ArraySlice<UInt8> {
        if offset < windowStart || offset + count > windowStart + window.count {
            window = try file.readBytes(at: offset, count: max(count, windowSize))
            windowStart = offset
        }
        let from = offset - windowStart
        return window[from..<min(from + count, window.count)]
    }
}
