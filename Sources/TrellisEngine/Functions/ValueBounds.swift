import TrellisCore

/// Bounds on the values a statement builds, which hold whatever ``StatementLimits`` the embedder
/// set. Without them a short query could ask for more memory than there is (a string or list
/// doubled forty times in a `reduce`), or build a list nested so deeply that the recursive code
/// which compares, hashes, prints and frees values would exhaust the stack.
/// Breaking a bound is a `LimitExceeded` error.
package enum ValueBounds {
    /// The most elements a list may hold (as `range()` allows).
    static let maximumListSize = 50_000_000
    /// The longest string, in UTF-8 bytes: 256 MiB.
    static let maximumStringSize = 256 << 20
    /// The deepest nesting of lists and maps in a value (`[[1]]` nests 2 deep), as deep as the
    /// parser lets a query's text nest.
    static let maximumNesting = 100

    /// `container` (a list or map just built from `elements`), once the elements are known to
    /// nest no more than ``maximumNesting`` - 1 deep. Parts shared between elements count each
    /// time they appear, so the walk gives up past ``maximumListSize`` values: `acc + [acc]`
    /// repeated doubles a list's logical size at each step while sharing its storage.
    static func checkedNesting<C: Collection<Value>>(_ container: Value, elements: C) throws -> Value {
        var budget = maximumListSize
        for element in elements {
            guard nesting(element, upTo: maximumNesting - 1, budget: &budget) < maximumNesting else {
                throw TrellisError(.limitExceeded, "ValueTooDeep",
                                   "the value would nest lists and maps more than \(maximumNesting) levels deep")
            }
            if budget < 0 {
                throw TrellisError(.limitExceeded, "ValueTooLarge",
                                   "the value would hold more than \(maximumListSize) lists, maps and elements")
            }
        }
        return container
    }

    /// Fails when a list of `count` elements would be too long.
    static func checkListSize(_ count: Int) throws {
        if count > maximumListSize {
            throw TrellisError(.limitExceeded, "ListTooLarge", "the list would hold more than the limit of \(maximumListSize) elements")
        }
    }

    /// Fails when a string of `size` UTF-8 bytes would be too long.
    static func checkStringSize(_ size: Int) throws {
        if size > maximumStringSize {
            throw TrellisError(.limitExceeded, "StringTooLarge",
                               "the string would be longer than the limit of \(maximumStringSize) bytes")
        }
    }

    /// Fails when a parameter's value nests lists and maps deeper than a statement's own values
    /// may, or holds a temporal value outside ``TemporalRange``: a host program's values meet the
    /// same bounds as the ones queries build.
    package static func checkParameters(_ parameters: [String: Value]) throws {
        for (name, value) in parameters {
            var budget = maximumListSize
            if nesting(value, upTo: maximumNesting, budget: &budget) > maximumNesting {
                throw TrellisError(.limitExceeded, "ValueTooDeep",
                                   "parameter $\(name) nests lists and maps more than the limit of \(maximumNesting) levels")
            }
            if !TemporalRange.contains(value) {
                throw TemporalRange.outOfRange("a temporal value in parameter $\(name)")
            }
        }
    }

    /// How deeply `value` nests lists and maps, counting no further than `limit + 1` (the walk
    /// stops there, so its own recursion is bounded too) and spending `budget`, one per value.
    private static func nesting(_ value: Value, upTo limit: Int, budget: inout Int) -> Int {
        budget -= 1
        switch value {
        case .list(let items):
            return 1 + deepest(items, upTo: limit - 1, budget: &budget)
        case .map(let entries):
            return 1 + deepest(entries.values, upTo: limit - 1, budget: &budget)
        default:
            return 0
        }
    }

    private static func deepest<C: Collection<Value>>(_ values: C, upTo limit: Int, budget: inout Int) -> Int {
        guard limit >= 0 else { return 1 }
        var result = 0
        for value in values {
            result = max(result, nesting(value, upTo: limit, budget: &budget))
            if result > limit || budget < 0 { break }
        }
        return result
    }
}
