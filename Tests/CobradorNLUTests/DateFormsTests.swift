import CobradorCore
import CobradorNLU
import Testing

/// Dates as the best extractors read them, against Monday 30 November 2026, in both languages:
/// past by tense and by word, compositions, n-th weekdays, numeric forms in the language's order,
/// year-first and month-name codes, eight digits, two-digit years, spelled-out days and years.
@Suite struct DateFormsTests {
    static let english: [(String, String)] = [
        ("the day after tomorrow", "2026-12-02"),
        ("tmrw", "2026-12-01"),
        ("yesterday", "2026-11-29"),
        ("the day before yesterday", "2026-11-28"),
        ("last Wednesday", "2026-11-25"),
        ("two weeks ago", "2026-11-16"),
        ("two weeks and two days ago", "2026-11-14"),
        ("3 days ago", "2026-11-27"),
        ("a fortnight ago", "2026-11-16"),
        ("a year ago", "2025-11-30"),
        ("3 months ago", "2026-08-30"),
        ("three weeks from tomorrow", "2026-12-22"),
        ("2 weeks after January 15", "2027-01-29"),
        ("3 days after the 12th", "2026-12-15"),
        ("a week from today", "2026-12-07"),
        ("two days after tomorrow", "2026-12-03"),
        ("next week Sunday", "2026-12-13"),
        ("the 20th of next month", "2026-12-20"),
        ("the 5th of last month", "2026-10-05"),
        ("the third Tuesday", "2026-12-15"),
        ("the first Friday of December", "2026-12-04"),
        ("the last Friday of the month", "2026-11-27"),
        ("the second Monday of January", "2027-01-11"),
        ("the last Monday of March", "2027-03-29"),
        ("Monday 21", "2026-12-21"),
        ("this Friday (Jun-15)", "2027-06-15"),
        ("due 12/11", "2026-12-11"),
        ("due 1/2/2027", "2027-01-02"),
        ("2019/aug/01", "2019-08-01"),
        ("September-2020-23", "2020-09-23"),
        ("20190801", "2019-08-01"),
        ("on 08/01/2019", "2019-08-01"),
        ("I was born on 3/4/98", "1998-03-04"),
        ("due on 3/4/30", "2030-03-04"),
        ("fifteen August nineteen ninety-three", "1993-08-15"),
        ("March third two thousand twenty", "2020-03-03"),
        ("October 2014", "2014-10-01"),
        ("next March", "2027-03-01"),
        ("payment in December", "2026-12-01"),
        ("Monday, Dec 7", "2026-12-07"),
        ("Tuesday the 8th", "2026-12-08"),
        ("next Tuesday", "2026-12-01"),
        ("last Friday", "2026-11-27"),
        ("this Friday", "2026-12-04"),
        ("Friday", "2026-12-04"),
        ("Dec 15th, 2026", "2026-12-15"),
        ("December 10th", "2026-12-10"),
        ("10 Dec", "2026-12-10"),
        ("on the 15th", "2026-12-15"),
        ("end of the month", "2026-11-30"),
        ("end of next month", "2026-12-31"),
        ("beginning of January", "2027-01-01"),
        ("in two weeks", "2026-12-14"),
        ("in 3 days", "2026-12-03"),
        ("within 10 days", "2026-12-10"),
        ("christmas", "2026-12-25"),
        ("new year's day", "2027-01-01"),
        ("I called them last Monday", "2026-11-23"),
        ("we spoke on Thursday", "2026-11-26"),
        ("the 1st of March", "2027-03-01"),
        ("March 1st", "2027-03-01"),
        ("first of march", "2027-03-01"),
        ("Feb 18", "2027-02-18"),
        ("2027-02-18", "2027-02-18"),
        ("18 February 2027", "2027-02-18"),
        ("in a couple of days", "2026-12-02"),
        ("two years from now", "2028-11-30"),
        ("the day after christmas", "2026-12-26"),
        ("next Monday", "2026-12-07"),
        ("wednesday after next", "2026-12-09"),
        ("last sunday", "2026-11-29"),
        ("signed 14april 2015", "2015-04-14"),
        ("April 14, 2015", "2015-04-14"),
        ("signed on 10/31/1974", "1974-10-31"),
        ("sent Sat Aug 17 2013", "2013-08-17"),
        ("8 aug", "2027-08-08"),
        ("anteayer", "2026-11-28"),
        ("15/01/2027", "2027-01-15"),
        ("01/08/2019", "2019-08-01"),
        ("2019/ago/01", "2019-08-01"),
        ("15-ago-2019", "2019-08-15"),
        ("we meet on 4.22", "2027-04-22"),
        ("May twenty one", "2027-05-21"),
        ("they pay the next day", "2026-12-01"),
        ("due this week Friday", "2026-12-04"),
        ("the last day of October 2015", "2015-10-31"),
        ("the first day of next month", "2026-12-01"),
        ("I emailed them a few days ago", "2026-11-27"),
        ("last week Sunday", "2026-11-29"),
        ("they'll pay this weekend", "2026-12-05"),
        ("they paid last weekend", "2026-11-28"),
    ]

    static let spanish: [(String, String)] = [
        ("pasado mañana", "2026-12-02"),
        ("mañana", "2026-12-01"),
        ("ayer", "2026-11-29"),
        ("el miércoles pasado", "2026-11-25"),
        ("hace dos semanas", "2026-11-16"),
        ("hace dos semanas y dos días", "2026-11-14"),
        ("hace un mes", "2026-10-30"),
        ("hace 3 días", "2026-11-27"),
        ("tres semanas después de mañana", "2026-12-22"),
        ("dos semanas después del 15 de enero", "2027-01-29"),
        ("tres días después del 12", "2026-12-15"),
        ("una semana antes de Navidad", "2026-12-18"),
        ("la semana que viene el domingo", "2026-12-13"),
        ("el 20 del mes que viene", "2026-12-20"),
        ("el 5 del mes pasado", "2026-10-05"),
        ("el 15 de este mes", "2026-11-15"),
        ("el primer viernes de este mes", "2026-11-06"),
        ("el primer viernes de diciembre", "2026-12-04"),
        ("el último viernes del mes", "2026-11-27"),
        ("el segundo lunes de enero", "2027-01-11"),
        ("el tercer martes", "2026-12-15"),
        ("el lunes 7", "2026-12-07"),
        ("el lunes 21", "2026-12-21"),
        ("martes 15/12", "2026-12-15"),
        ("vence el 12/11", "2027-11-12"),
        ("el 3/12", "2026-12-03"),
        ("nací el 3/4/98", "1998-04-03"),
        ("quince de agosto de mil novecientos noventa y tres", "1993-08-15"),
        ("el primero de enero de dos mil veinte", "2020-01-01"),
        ("octubre de 2014", "2014-10-01"),
        ("el próximo marzo", "2027-03-01"),
        ("vence en diciembre", "2026-12-01"),
        ("el viernes", "2026-12-04"),
        ("el próximo martes", "2026-12-01"),
        ("este jueves", "2026-12-03"),
        ("el domingo", "2026-12-06"),
        ("fin de mes", "2026-11-30"),
        ("a finales de diciembre", "2026-12-31"),
        ("principios de enero", "2027-01-01"),
        ("mediados de enero", "2027-01-15"),
        ("en 30 días", "2026-12-30"),
        ("dentro de dos semanas", "2026-12-14"),
        ("en una semana", "2026-12-07"),
        ("Navidad", "2026-12-25"),
        ("Nochevieja", "2026-12-31"),
        ("llamé el lunes pasado", "2026-11-23"),
        ("hablé con ellos el jueves", "2026-11-26"),
        ("el 1 de marzo", "2027-03-01"),
        ("primero de marzo", "2027-03-01"),
        ("el 1ro de marzo", "2027-03-01"),
        ("el lunes, 18 de enero", "2027-01-18"),
        ("14 de abril de 2015", "2015-04-14"),
        ("dentro de 3 días", "2026-12-03"),
        ("hace un año", "2025-11-30"),
        ("el martes de la próxima semana", "2026-12-08"),
        ("el 2 de febrero de 2013", "2013-02-02"),
        ("el sábado", "2026-12-05"),
        ("el día 15", "2026-12-15"),
        ("la reunión fue el 08/12,2015", "2015-12-08"),
        ("vence en mayo veintiuno", "2027-05-21"),
        ("el último día del mes", "2026-11-30"),
        ("vence el vigésimo segundo de junio", "2027-06-22"),
        ("vence el 1-ene", "2027-01-01"),
        ("pagan el día después de mañana", "2026-12-02"),
        ("paga el finde", "2026-12-05"),
        ("pagará el próximo fin de semana", "2026-12-05"),
        ("pagará el 3", "2026-12-03"),
        ("pagará el día 15", "2026-12-15"),
    ]

    @Test(arguments: english)
    func englishDates(_ text: String, _ iso: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.entities(.date).contains { $0.value == iso }, "\(text) → \(r.jsonLine())")
    }

    @Test(arguments: spanish)
    func spanishDates(_ text: String, _ iso: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.entities(.date).contains { $0.value == iso }, "\(text) → \(r.jsonLine())")
    }

    /// A short "pagará el 3" names a day; "pago acme 450" is still an amount.
    @Test func aDayAfterItsArticleIsNoAmount() {
        #expect(Fixtures.parser.parse("pagará el 3", today: Fixtures.today).entities(.money).isEmpty)
        #expect(Fixtures.parser.parse("pago acme 450", today: Fixtures.today).amount == "450")
    }

    /// The same digits, read in each language's order.
    @Test func numericOrderFollowsTheLanguage() {
        #expect(Fixtures.parser.parse("vence el 4/12", today: Fixtures.today).date?.isoString == "2026-12-04")
        #expect(Fixtures.parser.parse("due on 4/12", today: Fixtures.today).date?.isoString == "2027-04-12")
        #expect(Fixtures.parser.parse("vence el 25/12", today: Fixtures.today).date?.isoString == "2026-12-25")
        #expect(Fixtures.parser.parse("due on 12/25", today: Fixtures.today).date?.isoString == "2026-12-25")
    }

    /// A two-digit year points back in a sentence told in the past.
    @Test func twoDigitYearsByTense() {
        #expect(Fixtures.parser.parse("I signed it on 5/6/40", today: Fixtures.today).date?.isoString == "1940-05-06")
        #expect(Fixtures.parser.parse("due on 5/6/40", today: Fixtures.today).date?.isoString == "2040-05-06")
        #expect(Fixtures.parser.parse("firmé el contrato el 5/6/71", today: Fixtures.today).date?.isoString == "1971-06-05")
    }
}
