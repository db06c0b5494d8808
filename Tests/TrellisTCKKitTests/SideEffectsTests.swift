import Testing
import Trellis
@testable import TrellisTCKKit

@Suite struct SideEffectsTests {
    private func node(_ id: NodeID, _ labels: [String] = [], _ properties: [String: Value] = [:]) -> NodeSnapshot {
        NodeSnapshot(id: id, labels: labels, properties: properties)
    }

    private func relationship(_ id: RelationshipID, _ properties: [String: Value] = [:]) -> RelationshipSnapshot {
        RelationshipSnapshot(id: id, type: "T", start: 1, end: 2, properties: properties)
    }

    @Test func createdNodesLabelsAndProperties() {
        let before = GraphSnapshot(nodes: [], relationships: [])
        let after = GraphSnapshot(nodes: [node(1, ["A", "B"], ["name": "x", "n": 1])], relationships: [])
        let effects = SideEffects(from: before, to: after)
        #expect(effects.addedNodes == 1)
        #expect(effects.addedLabels == 2)
        #expect(effects.addedProperties == 2)
        #expect(effects.description == "+nodes 1, +labels 2, +properties 2")
    }

    @Test func labelsCountAsNamesInUse() {
        let before = GraphSnapshot(nodes: [node(1, ["A"]), node(2)], relationships: [])
        let sameName = GraphSnapshot(nodes: [node(1, ["A"]), node(2, ["A"])], relationships: [])
        #expect(SideEffects(from: before, to: sameName) == SideEffects())
        let oneLeft = GraphSnapshot(nodes: [node(1), node(2, ["A"])], relationships: [])
        #expect(SideEffects(from: sameName, to: oneLeft) == SideEffects())
        let noneLeft = GraphSnapshot(nodes: [node(1), node(2)], relationships: [])
        #expect(SideEffects(from: oneLeft, to: noneLeft).deletedLabels == 1)
    }

    @Test func propertiesCountAsEntityKeyValueTriples() {
        let before = GraphSnapshot(nodes: [node(1, [], ["k": 1, "same": "s"])], relationships: [])
        let changed = GraphSnapshot(nodes: [node(1, [], ["k": 2, "same": "s"])], relationships: [])
        var expected = SideEffects()
        expected.addedProperties = 1
        expected.deletedProperties = 1
        #expect(SideEffects(from: before, to: changed) == expected)
        let widened = GraphSnapshot(nodes: [node(1, [], ["k": .float(1), "same": "s"])], relationships: [])
        #expect(SideEffects(from: before, to: widened) == expected)
        #expect(SideEffects(from: before, to: before) == SideEffects())
        let removed = GraphSnapshot(nodes: [node(1, [], ["same": "s"])], relationships: [])
        #expect(SideEffects(from: before, to: removed).deletedProperties == 1)
    }

    @Test func deletingEntitiesRemovesTheirPropertiesAndLabels() {
        let before = GraphSnapshot(nodes: [node(1, ["A"], ["k": 1]), node(2)], relationships: [relationship(5, ["w": 2])])
        let after = GraphSnapshot(nodes: [node(2)], relationships: [])
        let effects = SideEffects(from: before, to: after)
        #expect(effects.deletedNodes == 1)
        #expect(effects.deletedRelationships == 1)
        #expect(effects.deletedLabels == 1)
        #expect(effects.deletedProperties == 2)
        #expect(effects.addedNodes == 0 && effects.addedRelationships == 0)
    }

    @Test func nodeAndRelationshipIdentitiesAreKeptApart() {
        let before = GraphSnapshot(nodes: [node(1, [], ["k": 1])], relationships: [])
        let after = GraphSnapshot(nodes: [node(1)], relationships: [relationship(1, ["k": 1])])
        let effects = SideEffects(from: before, to: after)
        #expect(effects.addedProperties == 1 && effects.deletedProperties == 1 && effects.addedRelationships == 1)
    }

    @Test func tablesNameSomeCountersAndTheRestAreZero() throws {
        let effects = try SideEffects(table: DataTable(rows: [["+nodes", "2"], ["-properties", "1"]]))
        #expect(effects.addedNodes == 2 && effects.deletedProperties == 1)
        #expect(effects["+labels"] == 0)
        #expect(effects["+nodes"] == 2)
        #expect(try SideEffects(table: DataTable(rows: [])) == SideEffects())
        for counter in SideEffects.counterNames {
            #expect(try SideEffects(table: DataTable(rows: [[counter, "3"]]))[counter] == 3)
        }
        #expect(throws: SideEffectTableError.self) { try SideEffects(table: DataTable(rows: [["+edges", "1"]])) }
        #expect(throws: SideEffectTableError.self) { try SideEffects(table: DataTable(rows: [["+nodes", "x"]])) }
        #expect(throws: SideEffectTableError.self) { try SideEffects(table: DataTable(rows: [["+nodes", "1"], ["+nodes", "1"]])) }
    }
}
