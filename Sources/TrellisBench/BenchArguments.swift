import Foundation

/// Command-line options of `trellis-bench`.
struct BenchArguments {
    var data = ""
    var queries = ""
    var output = ""
    var warmup = 2
    var repetitions = 10
    /// The timed runs of one query stop once they have taken this long (after at least three).
    var secondsPerQuery = 10.0
    /// Only these queries (names without extension), when given.
    var only: Set<String> = []
    /// Print each query's plan (EXPLAIN) before timing it.
    var explain = false
    /// Where to save the loaded graph as a database file, to measure its size and opening it.
    var snapshot: String?
    /// Prepare each query once and time runs of the prepared statement (planning left out).
    var prepared = false

    static let usage = """
        usage: trellis-bench --data FOLDER --queries FOLDER --out FILE [--warmup N] [--reps N]
                             [--seconds-per-query S] [--only NAME,NAME] [--explain]
                             [--snapshot FILE] [--prepared]
        """

    static func parse(_ words: [String]) -> BenchArguments {
        var result = BenchArguments()
        var index = 0
        func value() -> String {
            index += 1
            guard index < words.count else { Self.fail("\(words[index - 1]) needs a value") }
            return words[index]
        }
        func number(_ text: String) -> Double {
            guard let n = Double(text) else { Self.fail("'\(text)' is not a number") }
            return n
        }
        while index < words.count {
            switch words[index] {
            case "--data": result.data = value()
            case "--queries": result.queries = value()
            case "--out": result.output = value()
            case "--warmup": result.warmup = Int(number(value()))
            case "--reps": result.repetitions = Int(number(value()))
            case "--seconds-per-query": result.secondsPerQuery = number(value())
            case "--only": result.only = Set(value().split(separator: ",").map(String.init))
            case "--explain": result.explain = true
            case "--snapshot": result.snapshot = value()
            case "--prepared": result.prepared = true
            case "-h", "--help":
                print(usage)
                exit(0)
            default: Self.fail("unknown argument \(words[index])")
            }
            index += 1
        }
        if result.data.isEmpty || result.queries.isEmpty || result.output.isEmpty { Self.fail("--data, --queries and --out are required") }
        return result
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("trellis-bench: \(message)\n\(usage)\n".utf8))
        exit(2)
    }
}
