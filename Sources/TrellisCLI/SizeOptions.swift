import ArgumentParser
import Trellis

/// A size given on the command line: a number of bytes, or of KiB, MiB or GiB with a suffix
/// `K`, `M` or `G` (`16M` is 16 MiB).
struct ByteSize: ExpressibleByArgument, Sendable, Hashable, CustomStringConvertible {
    var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        var digits = Substring(argument.uppercased())
        if digits.hasSuffix("IB") { digits = digits.dropLast(2) } else if digits.hasSuffix("B") { digits = digits.dropLast() }
        let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30]
        var shift = 0
        if let last = digits.last, let found = shifts[last] {
            shift = found
            digits = digits.dropLast()
        }
        guard let count = Int(digits), count > 0, count <= (Int.max >> shift) else { return nil }
        bytes = count << shift
    }

    var description: String { StatementLimits.describe(bytes: bytes) }
}

/// `--max-statement-size`, shared by the commands that run statements.
struct StatementSizeOption: ParsableArguments {
    @Option(name: .customLong("max-statement-size"),
            help: ArgumentHelp("The longest statement accepted, in bytes or with a suffix K, M or G (default 8M); a longer one fails with LimitExceeded.StatementTooLong before it is parsed.",
                               valueName: "SIZE"))
    var maxStatementSize: ByteSize?

    /// Sets the database's bound on a statement's length, when one was given.
    func apply(to database: Database) {
        guard let maxStatementSize else { return }
        database.limits.maxStatementBytes = maxStatementSize.bytes
    }
}
