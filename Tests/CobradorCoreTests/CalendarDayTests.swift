import CobradorCore
import Testing

@Suite struct CalendarDayTests {
    @Test(arguments: [
        ("2026-11-30", "2026-11-30"), ("30/11/2026", "2026-11-30"), ("1/2/2027", "2027-02-01"), ("2026.01.05", "2026-01-05"),
        (" 2024-02-29 ", "2024-02-29"), ("05-12-2026", "2026-12-05"),
    ])
    func parsesIsoAndDayFirst(text: String, iso: String) {
        #expect(CalendarDay(parsing: text)?.isoString == iso)
    }

    @Test(arguments: [
        "", "2026-13-01", "2025-02-29", "31/04/2026", "2026-1", "12/12/26", "2026-11-30x", "x2026-11-30", "2026--11-30",
        "20266-11-30", "2026-11-30-1", "٢٠٢٦-١١-٣٠", "2026 11 30",
    ])
    func refusesWhatIsNotADate(text: String) {
        #expect(CalendarDay(parsing: text) == nil)
    }

    @Test func arithmeticAndWeekdays() {
        let d = CalendarDay(year: 2026, month: 11, day: 30)!
        #expect(d.weekday == 1)
        #expect(d.adding(days: 4).weekday == 5)
        #expect(d.adding(days: 32).isoString == "2027-01-01")
        #expect(CalendarDay(year: 2026, month: 1, day: 31)!.adding(months: 1).isoString == "2026-02-28")
        #expect(CalendarDay(year: 2024, month: 1, day: 31)!.adding(months: 1).isoString == "2024-02-29")
        #expect(d.days(until: CalendarDay(year: 2026, month: 10, day: 15)!) == -46)
        #expect(CalendarDay(ordinal: 0).isoString == "1970-01-01")
        #expect(DayFormatter.long(d, .es) == "30 de noviembre de 2026")
        #expect(DayFormatter.long(d, .en) == "November 30, 2026")
    }

    @Test func moneyIsExactAndFormattedPerLanguage() {
        let m = Money(decimalString: "1200.5", currency: .eur)!
        #expect(m.minorUnits == 120_050)
        #expect(MoneyFormatter.string(m, .es) == "1.200,50 €")
        #expect(MoneyFormatter.string(m, .en) == "€1,200.50")
        #expect(MoneyFormatter.string(Money(minorUnits: 350_000, currency: .usd), .es) == "3.500,00 US$")
        #expect(MoneyFormatter.string(Money(minorUnits: 1_500_000, currency: .mxn), .en) == "MX$15,000.00")
        #expect(Money(decimalString: "1.234", currency: .eur) == nil)
        #expect(Money(decimalString: "10.500", currency: .eur)?.minorUnits == 1_050)
        #expect(Money(decimalString: "7", currency: Currency(code: "JPY")!)?.plainString == "7")
        #expect(Currency(code: "XYZ") == nil)
    }
}
