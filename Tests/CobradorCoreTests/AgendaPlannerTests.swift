import CobradorCore
import Foundation
import Testing

@Suite("Agenda across the fixture clients, today 2026-11-30")
struct AgendaPlannerTests {
    let planner = AgendaPlanner()

    @Test func freshImportEveryOverdueClientNeedsAFirstReminderOldestFirst() {
        let agenda = planner.plan(Fixtures.all.map(\.file), today: Fixtures.today)
        #expect(
            agenda.actions.map(\.clientName) == [
                "Soylent S.A. de C.V.", "Umbrella Ibérica S.A.", "Acme S.L.", "Pied Piper", "Globex Corporation",
                "Estudio Núñez & Asociados", "Hooli",
            ])
        #expect(agenda.actions.map(\.daysOverdue) == [61, 46, 41, 29, 20, 8, 5])
        #expect(agenda.actions.allSatisfy { $0.advice.action == .firstReminder })
        // Initech is not due (courtesy note on 2026-12-12); Café and Wayne are settled.
        #expect(!agenda.actions.contains { $0.clientName == "Initech" })
        #expect(agenda.waiting.isEmpty && agenda.paused.isEmpty && agenda.promisesDueSoon.isEmpty)
        let acme = agenda.actions.first { $0.clientName == "Acme S.L." }!
        #expect(acme.amount == eur("450.00"))
        #expect(acme.advice.openInvoices.count == 2)
        #expect(acme.advice.outstanding.amounts == [eur("1650.00")])
    }

    @Test func aMonthOfFollowUpOrdersByStageThenAge() {
        var umbrella = Fixtures.umbrella
        umbrella.email(on: "2026-10-16")
        umbrella.email(on: "2026-10-23")
        umbrella.callNoAnswer(on: "2026-10-30")
        umbrella.callNoAnswer(on: "2026-11-06")
        var acme = Fixtures.acme
        acme.email(on: "2026-10-21")
        acme.email(on: "2026-10-28")
        var globex = Fixtures.globex
        globex.email(on: "2026-11-11")
        var soylent = Fixtures.soylent
        soylent.event(.phone, .answered, on: "2026-11-25")
        soylent.promise(for: "2026-12-03", madeOn: "2026-11-25", amount: mxn("42000.00"))
        var nunez = Fixtures.nunez
        nunez.pause(.dispute, from: "2026-11-25")
        var hooli = Fixtures.hooli
        hooli.email(on: "2026-11-26")
        let files = [umbrella, acme, globex, soylent, nunez, hooli, Fixtures.piedPiper, Fixtures.initech, Fixtures.cafe]
            .map(\.file)

        let agenda = planner.plan(files, today: Fixtures.today)
        #expect(agenda.actions.map(\.clientName) == ["Umbrella Ibérica S.A.", "Acme S.L.", "Globex Corporation", "Pied Piper"])
        #expect(agenda.actions.map(\.stage) == [.legal, .changeChannel, .secondReminder, .firstReminder])
        #expect(agenda.promisesDueSoon.map(\.clientName) == ["Soylent S.A. de C.V."])
        #expect(agenda.promisesDueSoon.first?.promisedFor == day("2026-12-03"))
        #expect(agenda.promisesDueSoon.first?.advice.checkAgainOn == day("2026-12-04"))
        #expect(agenda.waiting.map(\.clientName) == ["Hooli"])
        #expect(agenda.waiting.first?.advice.checkAgainOn == day("2026-12-03"))
        #expect(agenda.paused.map(\.clientName) == ["Estudio Núñez & Asociados"])
        #expect(agenda.paused.first?.pausedSince == day("2026-11-25"))

        let legal = agenda.actions[0].advice
        #expect(legal.reasons.contains(.processDuration(since: day("2026-10-16"), days: 45)))
        #expect(legal.reasons.contains(.callsWithoutAnswer(dates: [day("2026-10-30"), day("2026-11-06")])))
    }

    @Test func sameStageAndAgeLargerAmountFirstWithinACurrency() {
        func client(_ id: Int64, _ name: String, _ amount: Money) -> ClientFile {
            var b = FileBuilder(id: id, name: name)
            b.invoice("I-\(id)", issued: "2026-10-01", due: "2026-11-01", amount: amount)
            return b.file
        }
        let files = [client(1, "Small", eur("500.00")), client(2, "Big", eur("1000.00")), client(3, "Dollars", usd("9000.00"))]
        let agenda = planner.plan(files, today: Fixtures.today)
        #expect(agenda.actions.map(\.clientName) == ["Big", "Small", "Dollars"])
    }

    @Test func promisesBeyondTheHorizonAreJustWaiting() {
        var soylent = Fixtures.soylent
        soylent.promise(for: "2026-12-20", madeOn: "2026-11-25")
        let agenda = planner.plan([soylent.file], today: Fixtures.today)
        #expect(agenda.promisesDueSoon.isEmpty)
        #expect(agenda.waiting.map(\.clientName) == ["Soylent S.A. de C.V."])
    }

    @Test func aCourtesyNoteComesLastInTheDay() {
        let files = [Fixtures.initech.file, Fixtures.nunez.file]
        let agenda = planner.plan(files, today: day("2026-12-12"))
        #expect(agenda.actions.map(\.clientName) == ["Estudio Núñez & Asociados", "Initech"])
        #expect(agenda.actions.last?.advice.action == .courtesyNote(invoice: "F-2026-110", due: day("2026-12-15")))
    }
}
