import CobradorCore
import CobradorNLU
import Testing

/// Dates against a fixed today, Monday 30 November 2026, in both languages.
@Suite struct DateExtractionTests {
    static let future: [(String, String)] = [
        ("hoy", "2026-11-30"), ("mañana", "2026-12-01"), ("manana", "2026-12-01"), ("pasado mañana", "2026-12-02"),
        ("el viernes", "2026-12-04"), ("el lunes", "2026-12-07"), ("el próximo martes", "2026-12-01"),
        ("el martes que viene", "2026-12-01"), ("el miércoles", "2026-12-02"), ("este jueves", "2026-12-03"),
        ("este lunes", "2026-11-30"), ("el domingo", "2026-12-06"),
        ("15/12", "2026-12-15"), ("5/12", "2026-12-05"), ("15/01/2027", "2027-01-15"), ("1/2/27", "2027-02-01"),
        ("2027-03-04", "2027-03-04"), ("15-12-2026", "2026-12-15"), ("31.12.2026", "2026-12-31"), ("10/11", "2027-11-10"),
        ("15 de diciembre", "2026-12-15"), ("el 3 de enero", "2027-01-03"), ("1 de marzo de 2027", "2027-03-01"),
        ("el 1º de febrero", "2027-02-01"), ("quince de diciembre", "2026-12-15"), ("el veinte de enero", "2027-01-20"),
        ("20 dic", "2026-12-20"), ("diciembre 15", "2026-12-15"),
        ("en 30 días", "2026-12-30"), ("en treinta días", "2026-12-30"), ("dentro de dos semanas", "2026-12-14"),
        ("dentro de 10 dias", "2026-12-10"), ("en una semana", "2026-12-07"), ("en un mes", "2026-12-30"),
        ("dentro de tres días", "2026-12-03"), ("a 60 días", "2027-01-29"), ("la semana que viene", "2026-12-07"),
        ("la próxima semana", "2026-12-07"), ("el mes que viene", "2026-12-30"),
        ("fin de mes", "2026-11-30"), ("a final de mes", "2026-11-30"), ("finales de diciembre", "2026-12-31"),
        ("principios de enero", "2027-01-01"), ("mediados de enero", "2027-01-15"), ("fin de año", "2026-12-31"),
        ("principios del mes que viene", "2026-12-01"), ("el día 15", "2026-12-15"),
        ("el viernes de la semana que viene", "2026-12-11"), ("el viernes de la próxima semana", "2026-12-11"),
        ("friday after next", "2026-12-11"), ("Wednesday of next week", "2026-12-09"), ("wednesday next week", "2026-12-09"),
        ("Monday, Dec 7", "2026-12-07"), ("Monday the 7th", "2026-12-07"), ("martes 15/12", "2026-12-15"),
        ("miércoles 16 de diciembre", "2026-12-16"), ("paga el 16", "2026-12-16"), ("Navidad", "2026-12-25"),
        ("en Nochevieja", "2026-12-31"), ("by Christmas", "2026-12-25"), ("on New Year's Day", "2027-01-01"),
        ("el 2/1/27", "2027-01-02"),
        ("today", "2026-11-30"), ("tomorrow", "2026-12-01"), ("the day after tomorrow", "2026-12-02"),
        ("next Monday", "2026-12-07"), ("on Friday", "2026-12-04"), ("by Friday", "2026-12-04"), ("this Friday", "2026-12-04"),
        ("next Tuesday", "2026-12-01"), ("December 10", "2026-12-10"), ("Dec 15", "2026-12-15"), ("December 31", "2026-12-31"),
        ("10th of December", "2026-12-10"), ("the 10th of December", "2026-12-10"), ("December 10th, 2027", "2027-12-10"),
        ("Jan 5", "2027-01-05"), ("5 January 2027", "2027-01-05"), ("March 3rd", "2027-03-03"),
        ("in two weeks", "2026-12-14"), ("in 3 days", "2026-12-03"), ("within 3 days", "2026-12-03"),
        ("a week from now", "2026-12-07"), ("two weeks from now", "2026-12-14"), ("in a month", "2026-12-30"),
        ("in thirty days", "2026-12-30"), ("in ten days", "2026-12-10"), ("next week", "2026-12-07"), ("next month", "2026-12-30"),
        ("end of the month", "2026-11-30"), ("end of month", "2026-11-30"), ("end of next month", "2026-12-31"),
        ("beginning of January", "2027-01-01"), ("mid January", "2027-01-15"), ("end of the year", "2026-12-31"),
        ("early February", "2027-02-01"), ("the fifteenth of December", "2026-12-15"), ("on the 15th", "2026-12-15"),
    ]

    static let past: [(String, String)] = [
        ("llamé a Acme ayer", "2026-11-29"), ("envié un correo a Hooli anteayer", "2026-11-28"),
        ("llamé a Globex el viernes", "2026-11-27"), ("hablé con Initech el lunes pasado", "2026-11-23"),
        ("envié un correo a Umbrella el 16 de octubre", "2026-10-16"), ("le escribí a Hooli el 20/11", "2026-11-20"),
        ("llamé a Soylent hace 3 días", "2026-11-27"), ("mandé el recordatorio a Acme hace una semana", "2026-11-23"),
        ("la semana pasada llamé a Hooli", "2026-11-23"), ("I called Hooli yesterday", "2026-11-29"),
        ("I emailed Globex last Friday", "2026-11-27"), ("sent the reminder to Initech 2 days ago", "2026-11-28"),
        ("I called Umbrella on December 1", "2025-12-01"), ("Acme pagó el 15 de noviembre", "2026-11-15"),
        ("spoke with Pied Piper on Thursday", "2026-11-26"), ("Globex paid on the 3rd of November", "2026-11-03"),
        ("the day before yesterday I emailed Hooli", "2026-11-28"),
        ("Acme pagó el domingo de la semana pasada", "2026-11-29"), ("Globex paid on Monday of last week", "2026-11-23"),
        ("la factura del 31/10/98", "1998-10-31"),
    ]

    @Test(arguments: future)
    func futureDates(_ text: String, _ iso: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.entities(.date).map { $0.value } == [iso], "\(text) → \(r.jsonLine())")
    }

    @Test(arguments: past)
    func pastDates(_ text: String, _ iso: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.entities(.date).contains { $0.value == iso }, "\(text) → \(r.jsonLine())")
    }

    @Test func fridayOnAFridayMeansNextWeekForPromises() {
        let friday = CalendarDay(year: 2026, month: 12, day: 4)!
        let r = Fixtures.parser.parse("Acme pagará el viernes", today: friday)
        #expect(r.date?.isoString == "2026-12-11")
        let log = Fixtures.parser.parse("llamé a Acme el viernes", today: friday)
        #expect(log.date?.isoString == "2026-11-27")
    }

    @Test func leapDayAndImpossibleDates() {
        let r = Fixtures.parser.parse("vence el 29/02/2028", today: Fixtures.today)
        #expect(r.date?.isoString == "2028-02-29")
        #expect(Fixtures.parser.parse("vence el 30/02/2027", today: Fixtures.today).date == nil)
        #expect(Fixtures.parser.parse("vence el 31 de abril", today: Fixtures.today).date == nil)
    }

    @Test func numbersThatAreNotDates() {
        for text in ["Acme pagó 1.200,50 €", "la factura F-2026-101", "mi teléfono es 911 444 555", "tengo 3 clientes"] {
            #expect(Fixtures.parser.parse(text, today: Fixtures.today).entities(.date).isEmpty, "\(text)")
        }
    }
}
