import CobradorBot
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Testing

/// The forecast and payment-behaviour intents, answered by the bot over the demo book in real SQLite.
@Suite struct ForecastHandlerTests {
    func demoBot() throws -> (Bot, AppDatabase) {
        let db = try AppDatabase.inMemory()
        try db.seedDemo(today: TestBot.today)
        return (try TestBot.bot(on: db), db)
    }

    @Test func theForecastHasThirteenWeeksPerCurrencyAndBarsOnlyInATerminal() async throws {
        let (bot, _) = try demoBot()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("¿cuánto voy a cobrar en las próximas semanas?")
        #expect(r.intent == "forecast", "\(r.text)")
        #expect(r.text.contains("13 semanas"), "\(r.text)")
        #expect(r.text.contains("EUR —"), "\(r.text)")
        #expect(!r.text.contains("█"), "no chart outside a terminal")
        #expect(!r.text.contains("{{"))
        var terminal = BotTranscript(bot: bot, conversation: ConversationKey(channel: "terminal", user: "ana"), supportsCharts: true)
        // The channel's name decides nothing: only the capability the adapter declares.
        var named = BotTranscript(bot: bot, conversation: ConversationKey(channel: "terminal", user: "eva"))
        #expect(!(await named.say("cash forecast for the next 13 weeks").text.contains("█")))
        let charted = await terminal.say("cash forecast for the next 13 weeks")
        #expect(charted.intent == "forecast", "\(charted.text)")
        #expect(charted.text.contains("█"), "\(charted.text)")
        #expect(charted.text.contains("13 weeks"), "\(charted.text)")
    }

    @Test func whyRightAfterAForecastListsTheInvoicesBehindIt() async throws {
        let (bot, db) = try demoBot()
        var chat = BotTranscript(bot: bot)
        let forecast = await chat.say("cash forecast")
        #expect(forecast.intent == "forecast", "\(forecast.text)")
        let why = await chat.say("why?")
        #expect(why.intent == "forecast")
        #expect(why.text.hasPrefix("The invoices that weigh most in the forecast"), "\(why.text)")
        let numbers = try db.invoiceNumbers().keys
        #expect(numbers.contains { why.text.contains($0) }, "names an invoice: \(why.text)")
        // A short message that does not ask why is not taken for it.
        #expect(await chat.say("asdfgh qwerty").intent == "fallback")
        var other = BotTranscript(bot: bot, conversation: ConversationKey(channel: "test", user: "luis"))
        let cold = await other.say("why?")
        #expect(cold.intent != "forecast", "a bare why with no forecast before is not a forecast")
    }

    @Test func dsoShowsTheFormulaAndPeriod() async throws {
        let (bot, _) = try demoBot()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("what's my DSO?")
        #expect(r.intent == "forecast", "\(r.text)")
        #expect(r.text.contains("Days sales outstanding (DSO)"), "\(r.text)")
        #expect(r.text.contains("× 90"), "\(r.text)")
        let es = await chat.say("¿cuál es mi DSO?")
        #expect(es.text.contains("90"), "\(es.text)")
        #expect(!es.text.contains("{{"))
    }

    @Test func slowerNamesTheClientsPayingLaterThanBefore() async throws {
        let (bot, db) = try demoBot()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("which clients are paying slower?")
        #expect(r.intent == "forecast", "\(r.text)")
        let expected = PaymentSlowdown.find(try db.receivablesBook(), today: TestBot.today)
        if expected.isEmpty {
            #expect(r.text.hasPrefix("No client is paying slower"), "\(r.text)")
        } else {
            #expect(r.text.hasPrefix("Clients paying slower"), "\(r.text)")
            for s in expected { #expect(r.text.contains(s.clientName), "\(s.clientName): \(r.text)") }
        }
    }

    @Test func theDigestAddsTheNextTwoWeeksReceipts() async throws {
        let (bot, _) = try demoBot()
        let text = await bot.digest(language: .en)
        #expect(text.contains("Expected receipts over the next 14 days"), "\(text)")
        let es = await bot.digest(language: .es)
        #expect(!es.contains("{{"))
        #expect(!es.contains("Expected receipts"), "\(es)")
    }
}

@Suite struct PaymentBehaviourHandlerTests {
    func demoBot() throws -> (Bot, AppDatabase) {
        let db = try AppDatabase.inMemory()
        try db.seedDemo(today: TestBot.today)
        return (try TestBot.bot(on: db), db)
    }

    @Test func eachClientsRecordOpensWithItsProfile() async throws {
        let (bot, db) = try demoBot()
        for client in try db.clients() {
            var chat = BotTranscript(bot: bot)
            let r = await chat.say("how does \(client.name) pay?")
            #expect(r.intent == "payment_behaviour", "\(client.name): \(r.text)")
            #expect(r.text.hasPrefix(client.name) || r.text.contains(client.name), "\(r.text)")
            #expect(!r.text.contains("{{"))
            let record = PaymentRecord(file: try #require(try db.clientFile(id: client.id)), asOf: TestBot.today)
            switch record.profile {
            case .noHistory: #expect(r.text.contains("new client"), "\(r.text)")
            case .onTime: #expect(r.text.contains("pays on time") && !r.text.contains("late payer"), "\(r.text)")
            case .chronicallyLate: #expect(r.text.contains("chronic late payer") && !r.text.contains("pays on time"), "\(r.text)")
            case .littleLate: #expect(r.text.contains("a little late") && !r.text.contains("pays on time"), "\(r.text)")
            case .notEnoughHistory: #expect(r.text.contains("too early to tell"), "\(r.text)")
            }
        }
    }

    @Test func aNewClientHasNoHistoryInSpanishToo() async throws {
        let db = try AppDatabase.inMemory()
        try TestBot.importCSV("number,client,issued,due,amount,currency,paid\nN-1,Zafiro Diseño SL,2026-11-20,2026-12-20,100.00,EUR,0\n", into: db)
        var chat = BotTranscript(bot: try TestBot.bot(on: db))
        let r = await chat.say("¿cómo paga Zafiro?")
        #expect(r.intent == "payment_behaviour", "\(r.text)")
        #expect(r.text.contains("cliente nuevo"), "\(r.text)")
    }
}
