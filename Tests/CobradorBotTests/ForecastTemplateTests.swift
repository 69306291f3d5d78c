import CobradorBot
import CobradorContent
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

/// The behaviour and forecast templates render, in both languages, from their typed views.
@Suite struct ForecastTemplateTests {
    let today = CalendarDay(year: 2026, month: 11, day: 30)!

    func library() throws -> ResponseLibrary {
        let root = TestPaths.repoRoot.appendingPathComponent("Responses")
        var sources: [Language: [(name: String, text: String)]] = [:]
        for lang in Language.allCases { sources[lang] = try ContentLocator.yamlFiles(in: root.appendingPathComponent(lang.rawValue)) }
        return try ResponseLibrary(sources: sources)
    }

    func demoBook() throws -> (AppDatabase, ReceivablesBook) {
        let db = try AppDatabase.inMemory()
        try db.seedDemo(today: today)
        return (db, try db.receivablesBook())
    }

    func clean(_ text: String) {
        #expect(!text.contains("{{"), "\(text)")
        #expect(!text.contains("\n\n\n"), "blank lines piling up:\n\(text)")
    }

    @Test(arguments: Language.allCases) func theRecordOfEachKindOfClient(lang: Language) throws {
        let replies = try library()
        let (db, _) = try demoBook()
        for client in try db.clients() {
            let record = PaymentRecord(file: try #require(try db.clientFile(id: client.id)), asOf: today)
            var view = BehaviourView(record, lang)
            view.profile = try replies.render("behaviour.profile", lang, view, variation: 0)
            let text = try replies.render("behaviour.reply", lang, view, variation: 0)
            clean(text)
            #expect(text.hasPrefix(client.name), "\(text)")
            if client.name == "Umbra Logística S.A." { #expect(text.contains(lang == .es ? "va a peor" : "getting worse")) }
            if client.name == "Initek Sistemas" { #expect(text.contains(lang == .es ? "cliente nuevo" : "new client")) }
            if client.name == "Verde Agrícola S.A. de C.V." {
                #expect(text.contains(lang == .es ? "paga tarde de forma habitual" : "chronic late payer"))
                #expect(text.contains(lang == .es ? "Retraso: mediana de 38 días" : "median 38 days"), "\(text)")
            }
        }
    }

    @Test(arguments: Language.allCases) func theForecastTableWhyDigestDSOAndSlower(lang: Language) throws {
        let replies = try library()
        let (_, book) = try demoBook()
        let forecast = CashForecaster().forecast(book, today: today)
        let table = try replies.render("forecast.reply", lang, ForecastView(forecast, lang, bars: true), variation: 0)
        clean(table)
        for code in ["EUR", "MXN", "USD"] { #expect(table.contains("\(code) — ")) }
        #expect(table.contains("█"))
        #expect(table.contains("D-2026-024"))
        #expect(table.contains(lang == .es ? "Cómo se calcula la fecha esperada" : "How the expected dates were worked out"))
        let rows = table.split(separator: "\n").filter { $0.contains(" · ") && $0.first?.isNumber == (lang == .es) }
        #expect(rows.count >= 13, "\(table)")

        let why = try replies.render("forecast.why", lang, ForecastWhyView(forecast, lang), variation: 0)
        clean(why)
        #expect(why.contains("H-0778"))
        #expect(why.contains(lang == .es ? "Lo prometió el" : "They promised it on"))
        let oneWeek = try replies.render("forecast.why", lang, ForecastWhyView(forecast, lang, week: 12), variation: 0)
        clean(oneWeek)

        let digest = try replies.render("forecast.digest", lang, ForecastDigestView(forecast, lang), variation: 0)
        clean(digest)
        #expect(digest.contains(lang == .es ? "próximos 14 días" : "next 14 days"))

        let figures = DaysSalesOutstanding.compute(book, today: today)
        let dso = try replies.render("forecast.dso", lang, DaysSalesOutstandingView(figures, today: today, lang, periodDays: 90), variation: 0)
        clean(dso)
        #expect(dso.contains("× 90"))
        let slowdowns = PaymentSlowdown.find(book, today: today)
        let slower = try replies.render("forecast.slower", lang, PaymentSlowdownView(slowdowns, settings: .standard, lang), variation: 0)
        clean(slower)
        #expect(slower.contains("Umbra Logística S.A."))
        let none = try replies.render("forecast.slower", lang, PaymentSlowdownView([], settings: .standard, lang), variation: 0)
        #expect(none.contains(lang == .es ? "Ningún cliente" : "No client"))
        let empty = CashForecaster().forecast(ReceivablesBook(clientNames: [:], invoices: [], payments: []), today: today)
        let nothing = try replies.render("forecast.reply", lang, ForecastView(empty, lang, bars: false), variation: 0)
        clean(nothing)
        #expect(!nothing.contains(lang == .es ? "Cómo se calcula" : "How the expected"))
    }

    /// Whichever parts the method line has, it ends with a full stop, never with a dangling "; ".
    @Test(arguments: Language.allCases) func theMethodLineEndsWithAFullStop(lang: Language) throws {
        let replies = try library()
        let (_, book) = try demoBook()
        let full = CashForecaster().forecast(book, today: today)
        let lead = lang == .es ? "Cómo se calcula la fecha esperada: " : "How the expected dates were worked out: "
        for mask in 1..<32 {
            var f = full
            f.method.byClientLateness = mask & 1 != 0 ? 3 : 0
            f.method.byBookLateness = mask & 2 != 0 ? 2 : 0
            f.method.byPromise = mask & 4 != 0 ? 1 : 0
            f.method.byAge = mask & 8 != 0 ? 4 : 0
            f.method.excluded = mask & 16 != 0 ? 1 : 0
            f.method.usedAgeFallback = true
            f.method.fallbackAgeSharePercent = 40
            let text = try replies.render("forecast.reply", lang, ForecastView(f, lang, bars: false), variation: 0)
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(lead) }, "\(text)")
            #expect(line.hasSuffix("."), "\(line)")
            #expect(!line.contains(";."), "\(line)")
            #expect(line.components(separatedBy: "; ").count == mask.nonzeroBitCount, "\(line)")
            if mask & 8 != 0 { #expect(line.contains("40 %"), "\(line)") }
        }
    }

    @Test(arguments: Language.allCases) func theNewReasonsAndTheSoftReminder(lang: Language) throws {
        let replies = try library()
        for key in [
            "reason.behaviour_on_time", "reason.behaviour_chronic_late", "reason.behaviour_promises_broken", "draft.ask_for_date",
            "email.reminder_1_soft.subject", "email.reminder_1_soft.body",
        ] {
            #expect(replies.keys(lang).contains(key), "\(key) missing")
        }
    }
}
