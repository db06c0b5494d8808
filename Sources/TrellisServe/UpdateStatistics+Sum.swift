import Trellis

extension UpdateStatistics {
    /// Adds the counts of `other`: what several statements changed together.
    mutating func add(_ other: UpdateStatistics) {
        nodesCreated += other.nodesCreated
        nodesDeleted += other.nodesDeleted
        relationshipsCreated += other.relationshipsCreated
        relationshipsDeleted += other.relationshipsDeleted
        labelsAdded += other.labelsAdded
        labelsRemoved += other.labelsRemoved
        propertiesSet += other.propertiesSet
        indexesAdded += other.indexesAdded
        indexesRemoved += other.indexesRemoved
    }
}
