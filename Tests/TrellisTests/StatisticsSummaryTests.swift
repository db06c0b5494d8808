import Testing
import Trellis

@Suite("Statistics summary")
struct StatisticsSummaryTests {
    @Test func listsChangesInOneSentence() {
        var statistics = UpdateStatistics()
        statistics.nodesCreated = 3
        statistics.propertiesSet = 6
        statistics.relationshipsCreated = 2
        #expect(statistics.summary == "Created 3 nodes, set 6 properties, created 2 relationships.")
    }

    @Test func singularForms() {
        var statistics = UpdateStatistics()
        statistics.nodesDeleted = 1
        statistics.labelsAdded = 1
        statistics.indexesAdded = 1
        statistics.propertiesSet = 1
        #expect(statistics.summary == "Deleted 1 node, set 1 property, added 1 label, added 1 index.")
    }

    @Test func noChanges() {
        #expect(UpdateStatistics().summary == "No changes.")
    }
}
