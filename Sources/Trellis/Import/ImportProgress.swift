/// How far an import has read, handed to its progress callback.
public struct ImportProgress: Sendable, Hashable {
    /// The name of the file being read.
    public var file: String
    /// Bytes read so far, over all files.
    public var bytesRead: Int64
    /// The size of all files together.
    public var totalBytes: Int64

    public init(file: String, bytesRead: Int64, totalBytes: Int64) {
        self.file = file
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
    }

    /// Between 0 and 1.
    public var fraction: Double {
        totalBytes > 0 ? min(1, Double(bytesRead) / Double(totalBytes)) : 1
    }
}
