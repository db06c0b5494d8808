/// The payload of one snapshot section held in memory, as read from the file: kept by whatever
/// decodes it later (a property column decoded on first use), freed with the last reference.
final class SectionBytes: @unchecked Sendable {
    /// Written once, by the read that fills it, and only read after that.
    private let storage: UnsafeMutableRawBufferPointer
    let count: Int

    /// Reads `count` bytes of `file` from `offset` on; throws when the file ends before.
    init(_ file: DurableFile, at offset: Int, count: Int) throws {
        storage = .allocate(byteCount: max(count, 1), alignment: 8)
        self.count = count
        let read = try file.read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: storage[0..<count]))
        guard read == count else { throw StorageError.truncated(file.path, "it ends inside a section") }
    }

    deinit { storage.deallocate() }

    /// The bytes, valid while this object lives.
    var contents: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: storage[0..<count]) }
}
