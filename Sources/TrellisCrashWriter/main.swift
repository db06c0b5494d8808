// trellis-crashwriter: the child process of the storage crash test (test support).
//
//   trellis-crashwriter write DB FIRST COUNT SEED JOURNAL_LIMIT
//       Opens DB and applies the numbered writes FIRST, FIRST+1, ... (COUNT of them), printing
//       "begin N" before write N and "committed N ID" once it returned success (ID being the new
//       entry's node id), each line flushed at once; now and then it runs CHECKPOINT between
//       writes, printing "checkpoint-begin" and "checkpoint-end". The test kills it at random.
//   trellis-crashwriter hold DB
//       Opens DB for writing, prints "ready" and keeps it open until standard input ends.
//
// Write N, in one statement: sets the Counter node's `last` to N, creates Entry N (with
// values from rand() and datetime(), a payload of random length and a list) linked from the
// counter, and when N is a multiple of 5 deletes Entry N-3. Atomicity shows as: Entry N exists
// exactly when counter.last >= N, unless a later write deleted it.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Trellis
import TrellisCore

/// Writes a line straight to a file descriptor, unbuffered, so that it is out before a kill.
func writeLine(_ line: String, to descriptor: Int32) {
    let bytes = Array((line + "\n").utf8)
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, $0.count - done) }
        if n <= 0 { return }
        done += n
    }
}

func say(_ line: String) {
    writeLine(line, to: 1)
}

func fail(_ message: String) -> Never {
    writeLine("trellis-crashwriter: \(message)", to: 2)
    exit(2)
}


let numberedWrite = """
    MATCH (c:Counter)
    SET c.last = $n
    CREATE (e:Entry {n: $n, r: rand(), at: datetime(), payload: $payload, tags: ['entry', toString($n)], score: toFloat($n) / 7})
    CREATE (c)-[:LOGGED {n: $n}]->(e)
    WITH e
    OPTIONAL MATCH (old:Entry {n: $old})
    DETACH DELETE old
    RETURN id(e)
    """

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "write":
    guard arguments.count == 6, let first = Int64(arguments[2]), let count = Int64(arguments[3]),
          let seed = UInt64(arguments[4]), let limit = Int(arguments[5]) else {
        fail("usage: trellis-crashwriter write DB FIRST COUNT SEED JOURNAL_LIMIT")
    }
    let database: Database
    do {
        database = try Database(path: arguments[1], journalLimit: limit)
    } catch {
        fail("cannot open \(arguments[1]): \(error)")
    }
    say("ready")
    var random = SeededGenerator(seed: seed)
    for n in first..<(first + count) {
        if Int.random(in: 0..<12, using: &random) == 0 {
            say("checkpoint-begin")
            do { try database.checkpoint() } catch { fail("checkpoint failed: \(error)") }
            say("checkpoint-end")
        }
        let payload = String(repeating: "partnership record ", count: Int.random(in: 0..<120, using: &random))
        say("begin \(n)")
        do {
            let result = try database.execute(numberedWrite, parameters: ["n": .int(n), "old": .int(n % 5 == 0 ? n - 3 : -1), "payload": .string(payload)])
            guard case .int(let id)? = result.rows.first?.first else { fail("write \(n) returned \(result.rows)") }
            say("committed \(n) \(id)")
        } catch {
            fail("write \(n) failed: \(error)")
        }
    }
case "hold":
    guard arguments.count == 2 else { fail("usage: trellis-crashwriter hold DB") }
    let database: Database
    do {
        database = try Database(path: arguments[1])
    } catch {
        fail("cannot open \(arguments[1]): \(error)")
    }
    say("ready")
    while readLine() != nil {}
    withExtendedLifetime(database) {}
default:
    fail("usage: trellis-crashwriter (write DB FIRST COUNT SEED JOURNAL_LIMIT | hold DB)")
}
