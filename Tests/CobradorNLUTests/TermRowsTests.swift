import Testing

@testable import CobradorNLU

/// The flat per-term rows the scorer reads: each term gets back its own list, in order, and the
/// snapshot reader's check refuses starts that do not describe the elements.
@Suite struct TermRowsTests {
    @Test func eachTermGetsItsOwnList() {
        let lists: [[Int32]] = [[4, 2], [], [7], [], [1, 1, 9]]
        let rows = TermRows(lists)
        #expect(rows.count == 5)
        for (t, list) in lists.enumerated() {
            #expect(Array(rows.row(t)) == list)
            #expect(rows.range(t).count == list.count)
        }
        #expect(rows.elements == [4, 2, 7, 1, 1, 9])
    }

    @Test func startsMustRiseFromZeroToTheElementCount() {
        #expect(TermRows<Int32>(starts: [0, 2, 2, 3], elements: [1, 2, 3]) != nil)
        #expect(TermRows<Int32>(starts: [1, 2, 3], elements: [1, 2, 3]) == nil)
        #expect(TermRows<Int32>(starts: [0, 2, 1, 3], elements: [1, 2, 3]) == nil)
        #expect(TermRows<Int32>(starts: [0, 2], elements: [1, 2, 3]) == nil)
        #expect(TermRows<Int32>(starts: [], elements: []) == nil)
    }

    @Test func aCatalogsSnapshotKeepsItsRows() throws {
        let catalog = Fixtures.catalog
        let restored = try #require(IntentCatalog(snapshot: catalog.snapshot()))
        let before = catalog.spanishModel.model.exampleTable
        let after = restored.spanishModel.model.exampleTable
        #expect(before.starts == after.starts)
        #expect(before.elements.map(\.example) == after.elements.map(\.example))
        #expect(before.elements.map(\.weight) == after.elements.map(\.weight))
    }
}
