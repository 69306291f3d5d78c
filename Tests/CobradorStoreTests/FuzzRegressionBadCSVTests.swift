import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

/// Invoice files nobody should import but somebody will (docs/bad-input.md, "CSV"). Each case says
/// what the user gets: refused with the line and the reason (and nothing written), or accepted.
/// Crashing inputs found by `scripts/fuzz.sh csv` are added here.
@Suite struct FuzzRegressionBadCSVTests {
    static let header = "number,client,email,phone,contact,issued,due,amount,currency,paid"
    static let good = "A-1,Acme S.L.,a@acme.test,,,2026-10-01,2026-11-01,100.00,EUR,"
    let today = CalendarDay(year: 2026, month: 11, day: 30)!

    func problems(_ text: String) -> [ImportProblem] {
        if case .failure(let f) = InvoiceCSVParser.parse(text) { return f.problems }
        return []
    }

    func reasons(_ text: String) -> [ImportProblem.Reason] { problems(text).map(\.reason) }

    @Test func emptyFile() {
        #expect(reasons("") == [.empty])
        #expect(reasons("\n\n  \n") == [.empty])
    }

    @Test func onlyAHeaderIsAcceptedWithNoRows() throws {
        #expect(try InvoiceCSVParser.parse(Self.header + "\n").get().isEmpty)
    }

    @Test func crlfLineEndingsAreAccepted() throws {
        let rows = try InvoiceCSVParser.parse(
            [Self.header, Self.good, "A-2,Acme S.L.,,,,2026-10-01,2026-11-01,5,EUR,1"]
                .joined(separator: "\r\n") + "\r\n"
        ).get()
        #expect(rows.map(\.number) == ["A-1", "A-2"])
        #expect(rows.map(\.line) == [2, 3])
        #expect(rows[1].paid.minorUnits == 100)
    }

    @Test func oldMacCarriageReturnsAreAccepted() throws {
        #expect(try InvoiceCSVParser.parse(Self.header + "\r" + Self.good + "\r").get().count == 1)
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let rows = try InvoiceCSVParser.parse("\u{FEFF}" + Self.header + "\n" + Self.good + "\n").get()
        #expect(rows.first?.number == "A-1")
    }

    @Test func nulByteInAFieldIsKeptAsText() throws {
        // A NUL inside a value is not a separator; the row is refused only if the value is otherwise bad.
        let rows = try InvoiceCSVParser.parse(Self.header + "\nA-1,Ac\u{0}me,,,,2026-10-01,2026-11-01,1,EUR,\n").get()
        #expect(rows.first?.clientName == "Ac\u{0}me")
        #expect(reasons(Self.header + "\nA-1,Acme,,,,2026-10-01,2026-11-01,1\u{0}0,EUR,\n") == [.badAmount(column: "amount", value: "1\u{0}0")])
    }

    @Test func tenMegabyteLineIsRefusedAsTooLongQuickly() {
        let clock = ContinuousClock()
        let start = clock.now
        let huge = String(repeating: "x", count: 10_000_000)
        #expect(problems(Self.header + "\nA-1,\(huge),,,,2026-10-01,2026-11-01,1,EUR,\n").map(\.line) == [2])
        #expect(reasons(Self.header + "\nA-1,\(huge),,,,2026-10-01,2026-11-01,1,EUR,\n") == [.tooLong(column: "client")])
        #expect(clock.now - start < .seconds(60))
    }

    @Test func unterminatedQuoteNamesItsLine() {
        let found = problems(Self.header + "\n" + Self.good + "\nA-2,\"Acme,,,,2026-10-01,2026-11-01,1,EUR,\n")
        #expect(found.contains { $0.reason == .unterminatedQuote && $0.line == 3 })
    }

    @Test func quotedFieldsWithCommasNewlinesAndDoubledQuotes() throws {
        let rows = try InvoiceCSVParser.parse(Self.header + "\nA-1,\"Acme, \"\"the\"\"\nS.L.\",,,,2026-10-01,2026-11-01,\"1.200,50\",EUR,\n").get()
        #expect(rows.first?.clientName == "Acme, \"the\"\nS.L.")
        #expect(rows.first?.amount.minorUnits == 120_050)
    }

    @Test(arguments: [
        ("A-1,Acme,,,,2026-10-01,2026-11-01,1,EUR,,extra", ImportProblem.Reason.wrongFieldCount(expected: 10, got: 11)),
        ("A-1,Acme,,,,2026-02-30,2026-11-01,1,EUR,", .badDate(column: "issued", value: "2026-02-30")),
        ("A-1,Acme,,,,2026-10-01,31/02/2026,1,EUR,", .badDate(column: "due", value: "31/02/2026")),
        ("A-1,Acme,,,,0000-01-01,2026-11-01,1,EUR,", .badDate(column: "issued", value: "0000-01-01")),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,0,EUR,", .zeroAmount),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,-5,EUR,", .negativeAmount(column: "amount")),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,5,EUR,-1", .negativeAmount(column: "paid")),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,5,EUR,6", .paidExceedsAmount),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,1.2345,EUR,", .badAmount(column: "amount", value: "1.2345")),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,12.34.5,EUR,", .badAmount(column: "amount", value: "12.34.5")),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,9999999999999999999999,EUR,", .badAmount(column: "amount", value: "9999999999999999999999")),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,1e9,EUR,", .badAmount(column: "amount", value: "1e9")),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,NaN,EUR,", .badAmount(column: "amount", value: "NaN")),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,١٠٠,EUR,", .badAmount(column: "amount", value: "١٠٠")),
        ("A-1,Acme,,,,2026-10-01,2026-11-01,5,BTC,", .unknownCurrency("BTC")),
        (",Acme,,,,2026-10-01,2026-11-01,5,EUR,", .missingValue(column: "number")),
        ("A-1,   ,,,,2026-10-01,2026-11-01,5,EUR,", .missingValue(column: "client")),
    ])
    func badRowIsRefusedWithItsReason(row: String, reason: ImportProblem.Reason) {
        let found = problems(Self.header + "\n" + row + "\n")
        #expect(found.map(\.reason) == [reason])
        #expect(found.first?.line == 2)
    }

    @Test func unknownColumnsAreIgnoredAndAMissingDueDateFollowsTheDefaultTerm() throws {
        let rows = try InvoiceCSVParser.parse("numero,cliente,colour,emision,importe,moneda\nA,B,red,2026-01-01,1,EUR\n").get()
        #expect(rows.first?.due == CalendarDay(year: 2026, month: 1, day: 31))
    }

    @Test func aRowShortOfTrailingFieldsIsReadAsEmptyAndADueDateBeforeIssueIsKept() throws {
        let short = try InvoiceCSVParser.parse(Self.header + "\nA-1,Acme,,,,2026-10-01,2026-11-01,1,EUR\n").get()
        #expect(short.first?.paid.minorUnits == 0)
        let early = try InvoiceCSVParser.parse(Self.header + "\nA-1,Acme,,,,2026-10-01,2026-09-01,1,EUR,\n").get()
        #expect(early.first?.due == CalendarDay(year: 2026, month: 9, day: 1))
    }

    @Test func aHeaderWithoutTheEssentialsIsAnUnknownLayout() {
        let found = reasons("colour,size\nred,big\n")
        #expect(found == [.unknownLayout(missing: ["number", "client", "issued", "total"], unused: ["colour", "size"])])
    }

    @Test func binaryGarbageIsRefusedNotCrashed() {
        var state: UInt64 = 42
        let bytes = (0..<100_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let text = String(data: Data(bytes), encoding: .utf8) ?? String(data: Data(bytes), encoding: .isoLatin1) ?? ""
        #expect(!problems(text).isEmpty)
    }

    @Test func aDuplicateNumberDiffersOnlyInCase() {
        let found = problems(Self.header + "\n" + Self.good + "\na-1,Acme S.L.,,,,2026-10-01,2026-11-01,5,EUR,\n")
        #expect(found.map(\.reason) == [.duplicateInFile(number: "a-1", firstLine: 2)])
    }
}

/// The same kinds of file through `cobrador import`: what the user reads, and nothing written on refusal.
@Suite(.serialized, .ownThread) struct FuzzRegressionBadCSVCLITests {
    func write(_ bytes: [UInt8], _ name: String = "in.csv") throws -> URL {
        let url = TestPaths.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test func onlyAHeaderSaysTheFileHasNoInvoices() throws {
        let cli = try CLIRunner.withFixture()
        let out = try cli.run(["--lang", "en", "import", try write(Array((FuzzRegressionBadCSVTests.header + "\n").utf8)).path])
        #expect(out.status == 0)
        #expect(out.stdout.contains("The file has no invoices."))
    }

    @Test func latin1FileIsReadAsLatin1() throws {
        let cli = try CLIRunner.withFixture()
        // "Café Nuevo" with é as the single Latin-1 byte 0xE9: not valid UTF-8.
        var bytes = Array("numero;cliente;emision;vencimiento;importe;moneda\nL-1;Caf".utf8) + [0xE9]
        bytes += Array(" Nuevo;01/10/2026;01/11/2026;1.200,50;EUR\n".utf8)
        let out = try cli.run(["--lang", "en", "import", try write(bytes).path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Café Nuevo"))
    }

    @Test func emptyAndMissingFilesAreClearMessages() throws {
        let cli = try CLIRunner.withFixture()
        let empty = try cli.run(["--lang", "en", "import", try write([]).path])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("the file is empty"))
        let missing = try cli.run(["--lang", "es", "import", "/nonexistent/facturas.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("No se puede leer el fichero"))
    }

    @Test func garbageFileIsRefusedAndNothingChanges() throws {
        let cli = try CLIRunner.withFixture()
        var state: UInt64 = 5
        let bytes = (0..<50_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let out = try cli.run(["--lang", "en", "import", try write(bytes).path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("Nothing was imported"))
        #expect(!out.stderr.contains("Fatal"))
        let after = try cli.run(["ask", "who owes me?"])
        #expect(after.stdout.contains("8 clients owe you money"))
    }

    @Test func aBadLineInABigFileRefusesTheWholeFile() throws {
        let cli = try CLIRunner.withFixture()
        var text = FuzzRegressionBadCSVTests.header + "\n"
        for n in 1...5_000 { text += "BIG-\(n),Big Client,,,,2026-10-01,2026-11-01,10.00,EUR,\n" }
        text += "BIG-5001,Big Client,,,,2026-10-01,2026-11-01,10.00,XXX,\n"
        let out = try cli.run(["--lang", "en", "import", try write(Array(text.utf8)).path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("line 5002: unknown currency \"XXX\""))
        let after = try cli.run(["ask", "who owes me?"])
        #expect(!after.stdout.contains("Big Client"))
    }
}

/// Found while stressing: a hundred invoices of 999,999,999,999,999.99 € for one client were accepted,
/// then "who owes" and the client's status crashed adding them up (Int64 overflow in `Money.+`).
/// Amounts now stop at 12 integer digits, so no book of a realistic size can overflow a total.
@Suite struct FuzzRegressionAmountOverflowTests {
    static func file(amount: String, count: Int) -> String {
        (["number,client,issued,due,amount,currency"]
            + (1...count).map { "OV-\($0),Overflow S.L.,2026-01-01,2026-02-01,\(amount),EUR" }).joined(separator: "\n")
    }

    @Test func fifteenDigitAmountsAreRefused() {
        guard case .failure(let f) = InvoiceCSVParser.parse(Self.file(amount: "999999999999999.99", count: 100)) else {
            Issue.record("15-digit amounts must be refused")
            return
        }
        #expect(f.problems.count == 100)
        #expect(f.problems.first?.reason == .badAmount(column: "amount", value: "999999999999999.99"))
    }

    @Test func largestAcceptedAmountsAddUpWithoutOverflow() throws {
        let rows = try InvoiceCSVParser.parse(Self.file(amount: "999999999999.99", count: 1_000)).get()
        let db = try AppDatabase.inMemory()
        let today = CalendarDay(year: 2026, month: 11, day: 30)!
        _ = try db.importInvoices(rows, on: today, by: .cli, dryRun: false, progress: nil)
        let debtors = Debtor.summarize(try db.openItems(), asOf: today)
        let expected: Int64 = 99_999_999_999_999_000
        #expect((debtors.first?.outstanding.minorUnits ?? 0) == expected)
        let file = try #require(try db.clientFile(id: debtors[0].clientID))
        #expect((file.outstanding(asOf: today).amounts.first?.minorUnits ?? 0) == expected)
    }
}
