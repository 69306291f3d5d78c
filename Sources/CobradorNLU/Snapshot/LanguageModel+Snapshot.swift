/// A frozen model's tables as written to a snapshot (the dictionaries `freeze` emptied are not).
extension LanguageModel {
    func write(_ w: inout SnapshotWriter) {
        w.rows(keywordTable)
        w.rows(patternTable)
        w.rows(exampleTable)
        w.doubles(idfTable)
        w.sparse(slotRules) { w, rule in
            w.int32(Int32(bitPattern: rule.kind))
            w.bool(rule.present)
            w.double(rule.weight)
        }
        program.write(&w)
        w.ints(exampleIntent)
        w.doubles(exampleNorm)
        w.double(unknownIDF)
    }

    init(_ r: inout SnapshotReader, termCount: Int, intentCount: Int) throws(SnapshotReader.Damaged) {
        self.init()
        keywordTable = try r.rows(KeywordWeight.self)
        patternTable = try r.rows(Int32.self)
        exampleTable = try r.rows(ExampleWeight.self)
        idfTable = try r.doubles()
        slotRules = try r.sparse { r throws(SnapshotReader.Damaged) in (UInt32(bitPattern: try r.int32()), try r.bool(), try r.double()) }
        program = try PatternProgram(&r)
        exampleIntent = try r.ints()
        exampleNorm = try r.doubles()
        unknownIDF = try r.double()
        guard keywordTable.count == termCount, patternTable.count == termCount, exampleTable.count == termCount,
            idfTable.count == termCount, slotRules.count == intentCount, exampleNorm.count == exampleIntent.count,
            exampleIntent.allSatisfy({ (0..<intentCount).contains($0) }),
            keywordTable.elements.allSatisfy({ (0..<intentCount).contains($0.intent) }),
            exampleTable.elements.allSatisfy({ (0..<exampleIntent.count).contains($0.example) })
        else { throw SnapshotReader.Damaged() }
    }
}
