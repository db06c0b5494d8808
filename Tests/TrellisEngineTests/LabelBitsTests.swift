import Testing
@testable import TrellisGraph

@Suite("Label bits agree with label lists")
struct LabelBitsTests {
    func agree(_ g: PropertyGraph, _ labelCount: Int) -> Bool {
        for n in 0..<g.nodeCapacity {
            for l in 0..<labelCount where g.nodeHasLabel(n, Int32(l)) != g.nodeLabels[n].contains(Int32(l)) { return false }
        }
        return true
    }

    @Test func throughAddsRemovesRollbacksAndBulkLoads() {
        let g = PropertyGraph()
        let labels = (0..<80).map { g.internLabel("L\($0)") }   // ids past 64 use the lists
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<50 { g.createNode(labels: [labels[Int.random(in: 0..<80, using: &rng)]]) }
        for round in 0..<20 {
            g.beginStatement()
            for _ in 0..<40 {
                let n = Int.random(in: 0..<g.nodeCapacity, using: &rng)
                let l = labels[Int.random(in: 0..<80, using: &rng)]
                if Bool.random(using: &rng) { g.addLabel(n, l) } else { g.removeLabel(n, l) }
            }
            g.createNode(labels: [labels[3], labels[70]])
            if round % 2 == 0 { g.rollbackStatement() } else { g.commitStatement() }
            #expect(agree(g, 80))
        }
        g.loadNode(labels: [labels[1], labels[65]])
        g.loadDeletedNode()
        #expect(agree(g, 80))
    }
}
