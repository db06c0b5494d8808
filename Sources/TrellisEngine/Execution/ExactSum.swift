/// A sum of floats that is exact until it is read, and then correctly rounded: the same double
/// whatever order the addends come in (Shewchuk's partials, as in Python's `math.fsum`).
///
/// The running sum is kept as "partials": doubles of increasing magnitude whose bits do not
/// overlap and whose exact sum is the exact sum of the addends. Adding a value walks the partials
/// with an error-free addition (`hi + lo == x + y` exactly), so the list stays short (one to three
/// doubles for ordinary data) and an addition costs a few floating-point operations. Up to four
/// partials are kept in the struct itself, so that such a sum makes no array.
///
/// Where Python's `fsum` fails when a partial sum exceeds the largest double, this sum splits
/// every addend of magnitude 2^600 or more into a multiple of 2^600, kept scaled down by 2^600 in
/// a second list, and a remainder below 2^600: neither list can overflow, and only the rounding
/// at the end meets the edge of the double range. A true sum beyond it is ±infinity, as IEEE
/// addition gives. Infinities and NaNs are summed on the side: the result is then their sum
/// (NaN when there is a NaN or both infinities).
package struct ExactSum: Sendable {
    /// While at most four partials are needed (sums of ordinary data need two or three), they
    /// are kept here, in the first `inlineCount` places: no array is made.
    private var inline: (Double, Double, Double, Double) = (0, 0, 0, 0)
    private var inlineCount = 0
    /// Whether the partials moved to `partials` (a fifth was needed).
    private var spilled = false
    /// Exact non-overlapping partials of the addends' parts below 2^600, smallest first, once
    /// there are more than four.
    private var partials: [Double] = []
    /// The same for the addends' parts that are multiples of 2^600, divided by 2^600 (integers).
    private var large: [Double] = []
    /// The sum of the infinite and NaN addends, when there are any.
    private var nonFinite: Double? = nil

    package init() {}

    /// 2^600: addends at least this large are split.
    private static let scale = Double(sign: .plus, exponent: 600, significand: 1)
    private static let inverseScale = Double(sign: .plus, exponent: -600, significand: 1)

    /// Adds one double.
    @inline(__always)
    package mutating func add(_ x: Double) {
        if x.magnitude < Self.scale {
            addSmall(x)
        } else {
            addLarge(x)
        }
    }

    /// Adds an integer exactly (its conversion to a double may not be).
    package mutating func add(_ i: Int64) {
        if i.magnitude <= 1 << 53 {
            addSmall(Double(i))
        } else {
            // Both halves convert exactly: the high one has at most 32 significant bits.
            let high = (i >> 32) << 32
            addSmall(Double(high))
            addSmall(Double(i - high))
        }
    }

    /// Adds another exact sum (its partials are exact, so the result is the exact sum of both
    /// sets of addends): how the sums of the pieces of a split input are put together.
    package mutating func add(_ other: ExactSum) {
        for p in other.smallPartials { addSmall(p) }
        for p in other.large { Self.add(p, to: &large) }
        if let x = other.nonFinite { nonFinite = (nonFinite ?? 0) + x }
    }

    /// Adds a double below 2^600 in magnitude to the partials (in place while they fit).
    @inline(__always)
    private mutating func addSmall(_ value: Double) {
        if spilled {
            Self.add(value, to: &partials)
            return
        }
        let count = inlineCount
        let (kept, carry) = withUnsafeMutableBytes(of: &inline) { bytes in
            Self.grow(bytes.baseAddress!.assumingMemoryBound(to: Double.self), count, value, capacity: 4)
        }
        inlineCount = kept
        if let carry {
            spilled = true
            partials = [inline.0, inline.1, inline.2, inline.3, carry]
        }
    }

    /// The partials below 2^600, smallest first.
    private var smallPartials: [Double] {
        if spilled { return partials }
        return Array([inline.0, inline.1, inline.2, inline.3][..<inlineCount])
    }

    private mutating func addLarge(_ x: Double) {
        guard x.isFinite else {
            nonFinite = (nonFinite ?? 0) + x
            return
        }
        // x = t * 2^600 + r exactly, t an integer and |r| < 2^600.
        let t = (x * Self.inverseScale).rounded(.towardZero)
        let r = x - t * Self.scale
        Self.add(t, to: &large)
        if r != 0 { addSmall(r) }
    }

    /// The sum, correctly rounded to a double.
    package var value: Double {
        if let nonFinite { return nonFinite }
        let partials = smallPartials
        if large.isEmpty { return Self.rounded(partials) }
        let high = Self.rounded(large)
        if high.magnitude < Double(sign: .plus, exponent: 420, significand: 1) {
            // Far from overflowing: the large parts scaled back up join the small ones exactly.
            var all = partials
            for p in large { Self.add(p * Self.scale, to: &all) }
            return Self.rounded(all)
        }
        // At least 2^1020: the sum is rounded in the scaled domain, where the small parts lose the
        // bits below 2^-422 (2^-1022 once scaled). Those bits are cut off the whole small sum, so
        // that what is kept is a multiple of 2^-422; what is cut off, less than 2^-422 in
        // magnitude, matters only by its sign (it may break a tie), and is kept as its sign times
        // half that step, which rounds the same.
        let step = Double(sign: .plus, exponent: -422, significand: 1)
        // (The parts cut off non-overlapping partials sum to less than the step, so a second
        // round is needed only if partials overlap; the rounds are bounded all the same.)
        var kept: [Double] = [], rest = partials
        var round = 0
        while true {
            var below: [Double] = []
            for q in rest {
                if q.magnitude >= Double(sign: .plus, exponent: -369, significand: 1) {
                    Self.add(q, to: &kept)  // a multiple of the step already (its last bit is above it)
                } else {
                    let multiple = (q / step).rounded(.towardZero) * step
                    if multiple != 0 { Self.add(multiple, to: &kept) }
                    if q != multiple { Self.add(q - multiple, to: &below) }
                }
            }
            let remainder = Self.rounded(below)
            if remainder.magnitude < step || round == 8 {
                var scaled = large
                for q in kept { Self.add(q * Self.inverseScale, to: &scaled) }
                if remainder != 0 {
                    Self.add(remainder < 0 ? -step * Self.inverseScale / 2 : step * Self.inverseScale / 2, to: &scaled)
                }
                return Self.rounded(scaled) * Self.scale
            }
            rest = below
            round += 1
        }
    }

    /// Adds `x` to exact non-overlapping partials (Shewchuk's grow-expansion, as in `math.fsum`).
    /// The partial sums must stay finite, which the magnitudes of what is added here ensure.
    private static func add(_ value: Double, to partials: inout [Double]) {
        let n = partials.count
        var kept = 0
        let carry = partials.withUnsafeMutableBufferPointer { p in
            let (k, carry) = grow(p.baseAddress!, n, value, capacity: n)
            kept = k
            return carry
        }
        if kept < n { partials.removeLast(n - kept) }
        if let carry { partials.append(carry) }
    }

    /// The grow-expansion in place: adds `value` to the `count` partials at `p`, writing the new
    /// partials over them (there are never more kept than were read). Returns how many there are
    /// in place, and the last one when it does not fit in `capacity`.
    @inline(__always)
    private static func grow(_ p: UnsafeMutablePointer<Double>, _ count: Int, _ value: Double,
                             capacity: Int) -> (kept: Int, carry: Double?) {
        var x = value
        var kept = 0
        for j in 0..<count {
            var y = p[j]
            if x.magnitude < y.magnitude { swap(&x, &y) }
            let hi = x + y
            let lo = y - (hi - x)
            if lo != 0 {
                p[kept] = lo
                kept += 1
            }
            x = hi
        }
        if x == 0 { return (kept, nil) }
        if kept < capacity {
            p[kept] = x
            return (kept + 1, nil)
        }
        return (kept, x)
    }

    /// The exact sum of non-overlapping partials, correctly rounded (round half to even).
    private static func rounded(_ partials: [Double]) -> Double {
        var n = partials.count
        guard n > 0 else { return 0 }
        n -= 1
        var hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        // Halfway between two doubles, the partials below decide which way: round away from
        // even when they lean the same way as `lo`.
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
        return hi
    }
}
