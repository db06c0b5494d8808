import Testing
import Trellis
import TrellisCore
import TrellisEngine

@Suite("Exact float sums")
struct ExactSumTests {
    let tiny = Double.leastNonzeroMagnitude

    static func exactSum(_ xs: [Double]) -> Double {
        var s = ExactSum()
        for x in xs { s.add(x) }
        return s.value
    }

    /// The correctly rounded sum of doubles between 2^-30 and 2^30 in magnitude, by fixed-point
    /// integer arithmetic: every such double is a whole multiple of 2^-82, and a few hundred of
    /// them sum to less than 2^40.
    static func referenceSum(_ xs: [Double]) -> Double {
        let unit = Double(sign: .plus, exponent: -82, significand: 1)
        var total: Int128 = 0
        for x in xs {
            let scaled = x / unit
            #expect(scaled == scaled.rounded(), "\(x) is not a multiple of 2^-82")
            total += Int128(scaled)
        }
        return Double(total) * unit
    }

    /// Doubles of many magnitudes and both signs, with many bits set.
    static func mixedDoubles(count: Int, seed: UInt64) -> [Double] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let significand = Double(sign: .plus, exponent: 0, significand: 1 + Double.random(in: 0..<1, using: &generator))
            let magnitude = significand * Double(sign: .plus, exponent: Int.random(in: -30...29, using: &generator), significand: 1)
            return Bool.random(using: &generator) ? magnitude : -magnitude
        }
    }

    @Test func sumsAreCorrectlyRoundedWhateverTheOrder() {
        var generator = SeededGenerator(seed: 11)
        for seed in UInt64(1)...20 {
            var xs = Self.mixedDoubles(count: 300, seed: seed)
            let expected = Self.referenceSum(xs)
            for _ in 0..<10 {
                xs.shuffle(using: &generator)
                #expect(Self.exactSum(xs).bitPattern == expected.bitPattern)
            }
        }
    }

    @Test func shortSumsAreCorrectlyRounded() {
        // Few addends keep their partials in place; every way of adding them must agree.
        var generator = SeededGenerator(seed: 5)
        #expect(Self.exactSum([0x1p53, 0.75]) == 0x1p53 + 1)
        #expect(Self.exactSum([0.75, 0x1p53]) == 0x1p53 + 1)
        #expect(Self.exactSum([0x1p53, 0.5, 0.25]) == 0x1p53 + 1)
        #expect(Self.exactSum([1.0, 0x1p-60, -1.0]) == 0x1p-60)
        #expect(Self.exactSum([0.1, -0.1]) == 0)
        // Six partials (more than are kept in place), then cancelled one by one.
        var spread: [Double] = [1, 0x1p-100, 0x1p-200, 0x1p-300, 0x1p-400, 0x1p-500]
        #expect(Self.exactSum(spread + [-1]) == 0x1p-100)
        #expect(Self.exactSum(spread + [-1, -0x1p-100]) == 0x1p-200)
        spread += [-1, -0x1p-100, -0x1p-200, -0x1p-300, -0x1p-400]
        for _ in 0..<20 {
            spread.shuffle(using: &generator)
            #expect(Self.exactSum(spread) == 0x1p-500)
        }
        for seed in UInt64(100)..<400 {
            var xs = Self.mixedDoubles(count: 2 + Int(seed % 5), seed: seed)
            if seed % 3 == 0 { xs.append(-xs[0]) }
            let expected = Self.referenceSum(xs)
            for _ in 0..<4 {
                xs.shuffle(using: &generator)
                #expect(Self.exactSum(xs).bitPattern == expected.bitPattern, "\(xs)")
            }
        }
    }

    @Test func cancellationOfLargeMagnitudes() {
        #expect(Self.exactSum([1e100, 1.0, -1e100]) == 1.0)
        #expect(Self.exactSum([1e308, 1e308, -1e308]) == 1e308)
        #expect(Self.exactSum([-1e308, 1e308, 1e308]) == 1e308)
        #expect(Self.exactSum([.greatestFiniteMagnitude, -.greatestFiniteMagnitude, tiny]) == tiny)
        #expect(Self.exactSum([1e300, 3.0, 1e-300, -1e300]) == 3.0)
    }

    @Test func sumsBeyondTheLargestDoubleAreInfinite() {
        #expect(Self.exactSum([1e308, 1e308]) == .infinity)
        #expect(Self.exactSum([-1e308, -1e308, 1.0]) == -.infinity)
        // Halfway between the largest double and 2^1024 rounds to even, that is to infinity;
        // anything less rounds down.
        let halfUlp = Double(sign: .plus, exponent: 970, significand: 1)
        #expect(Self.exactSum([.greatestFiniteMagnitude, halfUlp]) == .infinity)
        #expect(Self.exactSum([.greatestFiniteMagnitude, halfUlp, -tiny]) == .greatestFiniteMagnitude)
    }

    @Test func tiesNearTheTopOfTheRangeAreBrokenByTinyAddends() {
        let big = Double(sign: .plus, exponent: 1020, significand: 1)
        let half = Double(sign: .plus, exponent: 967, significand: 1)  // half of big's ulp
        let up = big.nextUp
        #expect(Self.exactSum([big, half]) == big)
        #expect(Self.exactSum([big, half, tiny]) == up)
        #expect(Self.exactSum([tiny, half, big]) == up)
        #expect(Self.exactSum([big, half, -tiny]) == big)
        #expect(Self.exactSum([big, half, -0x1p599, 0x1p598, 0x1p598, tiny]) == up)
        #expect(Self.exactSum([big, half, -0x1p599]) == big)
    }

    @Test func infinitiesAndNaN() {
        #expect(Self.exactSum([1.0, .infinity, 2.0]) == .infinity)
        #expect(Self.exactSum([.infinity, -.infinity]).isNaN)
        #expect(Self.exactSum([1.0, .nan]).isNaN)
        #expect(Self.exactSum([1e308, 1e308, -.infinity]) == -.infinity)
    }

    @Test func integersAreAddedExactly() {
        var s = ExactSum()
        s.add(Int64(1) << 60 + 1)
        s.add(-Double(Int64(1) << 60))
        #expect(s.value == 1.0)
        var t = ExactSum()
        t.add(Int64.min)
        t.add(Int64.max)
        #expect(t.value == -1.0)
    }

    /// 104 two-decimal values whose decimal mean is 52.9375; adding them up in order as doubles
    /// gives 52.93749999999999.
    static let hundredAndFour: [Double] = {
        var hundredths = (0..<103).map { ($0 * 998) % 10_000 }
        hundredths.append(550_550 - hundredths.reduce(0, +))
        return hundredths.map { Double($0) / 100 }
    }()

    @Test func averageOfTwoDecimalValues() throws {
        let naive = Self.hundredAndFour.reduce(0, +) / 104
        #expect(naive != 52.9375)  // the case is a real one
        let db = Database()
        #expect(try scalar(db, "UNWIND $xs AS x RETURN avg(x)", ["xs": .list(Self.hundredAndFour.map { .float($0) })]) == 52.9375)
        #expect(try scalar(db, "UNWIND $xs AS x RETURN sum(x)", ["xs": .list(Self.hundredAndFour.map { .float($0) })]) == 5505.5)
    }

    @Test func aggregatesDoNotDependOnRowOrder() throws {
        let db = Database()
        var generator = SeededGenerator(seed: 3)
        var xs = Self.hundredAndFour.enumerated().map { $0.offset % 3 == 0 ? $0.element * 1e-9 : $0.element * 1e9 }
        xs += [1e100, -1e100, 0.1, 0.2, 0.3]
        var results: Set<String> = []
        for _ in 0..<8 {
            xs.shuffle(using: &generator)
            let list = Value.list(xs.map { .float($0) })
            let row = try db.execute("UNWIND $xs AS x RETURN sum(x), avg(x)", parameters: ["xs": list]).rows[0]
            guard case .float(let sum) = row[0], case .float(let avg) = row[1] else {
                Issue.record("expected floats, got \(row)")
                return
            }
            results.insert("\(sum.bitPattern) \(avg.bitPattern)")
        }
        #expect(results.count == 1)
    }

    @Test func queriesSumExactly() throws {
        let db = Database()
        #expect(try scalar(db, "UNWIND [1e100, 1.0, -1e100] AS x RETURN sum(x)") == 1.0)
        #expect(try scalar(db, "UNWIND [0.1, 0.2, 0.3] AS x RETURN sum(x)") == 0.6)
        #expect(try scalar(db, "UNWIND [1e308, 1e308] AS x RETURN sum(x)") == .float(.infinity))
        // Integers before and after the first float are exact too.
        #expect(try scalar(db, "UNWIND [9007199254740993, 0.5, -9007199254740992] AS x RETURN sum(x)") == 1.5)
        #expect(try scalar(db, "UNWIND [0.5, 9007199254740993, -9007199254740992] AS x RETURN sum(x)") == 1.5)
        // Integers alone stay integers, and overflow still fails.
        #expect(try scalar(db, "UNWIND [1, 2, 3] AS x RETURN sum(x)") == 6)
        expectError(db, "UNWIND [9223372036854775807, 1, 0.5] AS x RETURN sum(x)", kind: .arithmeticError, code: "IntegerOverflow")
        #expect(try scalar(db, "UNWIND [9223372036854775807, 9223372036854775807, -9223372036854775807] AS x RETURN avg(x)")
                == .float(9223372036854775807.0 / 3))
    }
}
