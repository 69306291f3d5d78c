import CobradorCore
import CobradorNLU

/// "¿Cuánto voy a cobrar?": the 13-week expected receipts per currency (bars where the channel draws a
/// chart); with a `metric`, the DSO and its formula or the clients paying slower; after a forecast,
/// "¿por qué?" lists the invoices behind each week.
struct ForecastHandler: IntentHandler {
    var settings = ForecastSettings.standard
    /// The DSO's period, in days.
    var dsoPeriodDays = 90

    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let book = try await context.receivablesBook()
        switch t.u.metric {
        case .dso:
            let figures = DaysSalesOutstanding.compute(book, today: t.today, periodDays: dsoPeriodDays)
            return try context.reply("forecast.dso", DaysSalesOutstandingView(figures, today: t.today, t.lang, periodDays: dsoPeriodDays), t.u)
        case .slower:
            let list = PaymentSlowdown.find(book, today: t.today, settings: settings)
            return try context.reply("forecast.slower", PaymentSlowdownView(list, settings: settings, t.lang), t.u)
        case .why:
            let forecast = CashForecaster(settings: settings).forecast(book, today: t.today)
            return try context.reply("forecast.why", ForecastWhyView(forecast, t.lang), t.u)
        case nil:
            let forecast = CashForecaster(settings: settings).forecast(book, today: t.today)
            return try context.reply("forecast.reply", ForecastView(forecast, t.lang, bars: t.supportsCharts), t.u)
        }
    }

    /// The digest's lines: what is expected over the next two weeks, per currency.
    func digest(today: CalendarDay, _ lang: Language, in context: HandlerContext) async throws -> String {
        let forecast = CashForecaster(settings: settings).forecast(try await context.receivablesBook(), today: today)
        return try context.text("forecast.digest", ForecastDigestView(forecast, lang, weeks: 2), lang)
    }
}
