import Trellis

/// A small graph with a cycle, a self-loop, several labels and property types, so that patterns,
/// variable-length paths and property access all have something to find.
private let graphScript = """
    CREATE (a:School {name: 'Alder', urn: 1, pupils: 210, fsm: 0.25, tags: ['rural', 'junior']}),
           (b:School {name: 'Birch', urn: 2, pupils: 480, opened: date('1998-09-01')}),
           (c:School:Academy {name: 'Cedar', urn: 3}),
           (p:Partnership {name: 'North', formed: 2019}),
           (a)-[:MEMBER_OF {since: 2019}]->(p), (b)-[:MEMBER_OF {since: 2020}]->(p),
           (c)-[:MEMBER_OF]->(p), (a)-[:KNOWS]->(b), (b)-[:KNOWS]->(c), (c)-[:KNOWS]->(a),
           (a)-[:KNOWS]->(a)
    """

/// The limits every fuzzed statement runs under: nothing the input writes may hang the fuzzer
/// or exhaust its memory, so a timeout or a `LimitExceeded` error is a correct outcome.
private let fuzzLimits = StatementLimits(timeout: 1, maxResultRows: 1_000, maxIntermediateRows: 10_000, maxPathLength: 6)

/// Tries one input: its bytes, decoded as UTF-8, run as a script against a fresh copy of
/// the small graph. Any `TrellisError` is a correct outcome; only a crash or a hang is a finding.
func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let database = Database()
    do {
        try database.execute(graphScript)
    } catch {
        fatalError("the fuzzing graph could not be built: \(error)")
    }
    database.limits = fuzzLimits
    _ = try? database.execute(text)
    return 0
}
