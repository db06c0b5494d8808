/// What a compiled plan depends on besides the data itself: how many labels, relationship types
/// and property keys the graph knows (these only grow), which indexes exist, which procedures are
/// registered. A plan compiled under one version may run again for as long as the version is the same.
package struct CatalogVersion: Hashable, Sendable {
    var labels: Int
    var types: Int
    var keys: Int
    var indexes: Int
    var procedures: Int
}
