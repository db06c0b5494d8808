/// Where the command line writes text: a stream that can also be told to push out what it holds.
protocol TextSink: AnyObject, TextOutputStream {
    /// Appends text.
    func write(_ string: String)
    /// Writes out everything collected so far.
    func flush()
}

extension FileDescriptorOutput: TextSink {}
