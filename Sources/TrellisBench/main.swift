import Foundation
import Trellis

// The Trellis side of the benchmark kit (see Benchmarks/README.md): loads a generated CSV folder
// in-process, creates the indexes, runs every query of a folder with warm repetitions and writes
// the timings and first result of each as JSON, for Benchmarks/run_trellis.py to hash.

let arguments = BenchArguments.parse(Array(CommandLine.arguments.dropFirst()))
do {
    try Benchmark(arguments).run()
} catch {
    FileHandle.standardError.write(Data("trellis-bench: \(error)\n".utf8))
    exit(1)
}
