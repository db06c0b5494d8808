import TrellisCore
import TrellisSyntax

package enum AggregateKind: String, Sendable, CaseIterable {
    case count, sum, avg, min, max, collect, stDev, stDevP, percentileCont, percentileDisc
}

/// One aggregate call found in a projection; its result lands in `slot`.
package struct AggregateSpec: Sendable {
    package var kind: AggregateKind
    /// nil for `count(*)`.
    package var argument: BoundExpression?
    /// The percentile for percentileCont/percentileDisc.
    package var parameter: BoundExpression?
    package var distinct: Bool
    package var slot: Int
    package var range: SourceRange
}
