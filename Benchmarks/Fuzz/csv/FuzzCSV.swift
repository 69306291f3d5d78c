import CobradorCore
import Foundation

// libFuzzer target: whatever bytes arrive as an invoice file, `CSVRecordReader` and the import's reader
// (`InvoiceCSVParser.parse`, any layout) must not crash, and what they accept must respect the import rules.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = CSVRecordReader(source: MemoryByteSource(bytes), delimiter: UInt8(ascii: ","))
    var previous = 0
    while (try? reader.next()) == true {
        guard reader.recordLine >= max(previous, 1) else { fatalError("record lines go backwards: \(reader.recordLine) after \(previous)") }
        previous = reader.recordLine
        _ = reader.fields
    }
    // Decoded as `cobrador import` reads it: UTF-8, else Windows-1252 field by field.
    let text = String(decoding: bytes, as: UTF8.self)
    switch InvoiceCSVParser.parse(text, options: ImportOptions(currency: .eur)) {
    case .success(let rows):
        var numbers = Set<String>()
        for row in rows {
            guard row.amount.isPositive, row.paid.minorUnits >= 0, row.paid.minorUnits <= row.amount.minorUnits,
                row.paid.currency == row.amount.currency
            else { fatalError("accepted a bad amount on line \(row.line)") }
            guard row.due != nil else { fatalError("accepted an invoice without a due date on line \(row.line)") }
            guard row.payments.isEmpty || row.payments.reduce(0, { $0 + $1.amount.minorUnits }) == row.paid.minorUnits else {
                fatalError("payments that do not add up to what was paid on line \(row.line)")
            }
            guard numbers.insert(row.number.uppercased()).inserted else { fatalError("accepted a duplicate \(row.number)") }
            guard !row.number.isEmpty, !row.clientName.isEmpty else { fatalError("accepted an empty key on line \(row.line)") }
        }
    case .failure(let failure):
        guard failure.count > 0 else { fatalError("a failure without problems") }
        _ = failure.message(.es)
        _ = failure.message(.en)
    }
    return 0
}
