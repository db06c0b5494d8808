import Testing
import Trellis

@Suite("Function catalog")
struct FunctionCatalogTests {
    @Test func namesAreUniqueAndSorted() {
        let names = FunctionCatalog.all.map { $0.name.lowercased() }
        #expect(Set(names).count == names.count)
        #expect(names == names.sorted())
        print(FunctionCatalog.all.map(\.name).joined(separator: " "))
    }
}
