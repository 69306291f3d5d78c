import CobradorBot
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Testing

@Suite struct WhoOwesHandlerTests {
    @Test func eachDebtorPerCurrencyOldestFirstWithTotalsNeverSummedAcrossCurrencies() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("¿quién me debe?")
        #expect(r.intent == "who_owes")
        #expect(r.text.hasPrefix("Te deben 8 clientes a 30 de noviembre de 2026:\n• Soylent S.A. de C.V."))
        #expect(r.text.contains("Total pendiente: 7.300,50 € · 57.000,00 MXN · 3.500,00 US$"))
        #expect(r.text.contains("EUR — al día: 800,00 € · 1–30: 3.300,00 € · 31–60: 3.200,50 €"))
        #expect(!r.text.contains("█"), "no chart outside a terminal")
        #expect(!r.changedData)
    }

    @Test func theFirstDebtorsGetAStatusButtonThatAsksForTheirStatus() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("who owes me?")
        #expect(r.actions.count == 5)
        #expect(r.actions.allSatisfy { $0.id == "status" })
        #expect(r.actions.first == ReplyAction(id: "status", label: "Status of Soylent S.A. de C.V.", message: "status of Soylent S.A. de C.V."))
        let pressed = await chat.say(r.actions[0].message)
        #expect(pressed.intent == "client_status")
        #expect(pressed.text.hasPrefix("Soylent S.A. de C.V."))
    }

    @Test func nobodyOwingIsSaidPlainly() async throws {
        let (bot, _) = try TestBot.make(csv: "number,client,issued,due,amount,currency,paid\nP-1,Pagada,2026-10-01,2026-10-31,10.00,EUR,10.00\n")
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("¿quién me debe?")
        #expect(r.text.contains("nadie te debe nada") || r.text.contains("Ningún cliente tiene facturas pendientes"))
        #expect(r.actions.isEmpty)
    }
}

@Suite struct ListOverdueHandlerTests {
    @Test func overdueInvoicesOfOneClientOldestFirst() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("facturas vencidas de Acme")
        #expect(r.intent == "list_overdue")
        #expect(r.text.contains("2 facturas vencidas de Acme S.L."))
        #expect(r.text.contains("• T-2026-188 · Acme S.L. — 450,00 € — 41 días de retraso\n"))
        #expect(r.text.contains("• T-2026-201 · Acme S.L. — 1.200,00 € — 1 día de retraso"))
        #expect(!r.text.contains("Globex"))
    }

    @Test func anAgeLimitLeavesYoungerInvoicesOutAndMaySayThereAreNone() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let older = await chat.say("overdue invoices older than 45 days")
        #expect(older.text.contains("SX-0042"))
        #expect(older.text.contains("T-2026-161"))
        #expect(!older.text.contains("T-2026-188"))
        #expect(older.text.contains("Total: €2,750.50 · MX$42,000.00"))
        let none = await chat.say("facturas vencidas hace más de 90 días")
        #expect(none.text.contains("No hay facturas vencidas hace más de 90 días"))
    }
}

@Suite struct ClientStatusHandlerTests {
    @Test func theWholeFileWithTheAdviceAndANextStepButton() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("estado de Pied Piper")
        #expect(r.text.hasPrefix("Pied Piper — te debe 1.500,00 €"))
        #expect(r.text.contains("• T-2026-175 — 1.500,00 € (de 2.000,00 €) — venció el 1 de noviembre de 2026 (29 días)"))
        #expect(r.text.contains("Contacto: finance@piedpiper.test · Jared Dunn"))
        #expect(r.text.contains("Pied Piper — etapa 1: primer recordatorio"))
        #expect(r.actions == [ReplyAction(id: "next_step", label: "Siguiente paso", message: "siguiente paso con Pied Piper")])
        let pressed = await chat.say(r.actions[0].message)
        #expect(pressed.intent == "next_step")
    }

    @Test func aClientWhoOwesNothingIsSaidSo() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("estado de Wayne Enterprises")
        #expect(r.text.hasPrefix("Wayne Enterprises — no te debe nada"))
        #expect(!r.text.contains("Facturas pendientes"))
    }

    @Test func withoutAClientItAsksAndTheAnswerCompletesTheQuestion() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("estado").text.contains("¿"))
        #expect(await chat.say("Hooli").text.hasPrefix("Hooli — te debe 15.000,00 MXN"))
    }
}

@Suite struct NextStepHandlerTests {
    @Test func theLadderStepWithReasonsAndAHint() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("¿qué hago con Umbrella?")
        #expect(r.intent == "next_step")
        #expect(r.text.hasPrefix("Umbrella Ibérica S.A. — etapa 1: primer recordatorio\nEnvía hoy un primer recordatorio"))
        #expect(r.text.contains("La T-2026-161 venció el 15 de octubre de 2026: lleva 46 días de retraso (2.750,50 € pendientes)."))
        #expect(r.text.hasSuffix("Si quieres, redacto el correo: «recordar a Umbrella Ibérica S.A.»."))
    }

    @Test func andGlobexRepeatsTheQuestionForAnotherClient() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        _ = await chat.say("what should I do about Soylent?")
        let r = await chat.say("and Hooli?")
        #expect(r.intent == "next_step")
        #expect(r.text.hasPrefix("Hooli — stage 1"))
    }
}

@Suite struct AgendaHandlerTests {
    @Test func todaysActionsMostUrgentFirstAndWhoIsWaiting() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        _ = await chat.say("Hooli promete pagar el 4 de diciembre")
        let r = await chat.say("¿qué tengo que hacer hoy?")
        #expect(r.intent == "agenda")
        #expect(r.text.hasPrefix("Para 30 de noviembre de 2026,"))
        #expect(r.text.contains("1. Soylent S.A. de C.V. (42.000,00 MXN)"))
        #expect(r.text.contains("En espera:\n• Hooli: Prometió pagar el 4 de diciembre de 2026"))
    }
}

@Suite struct LateFeeHandlerTests {
    @Test func statutoryInterestLineByLine() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("¿cuánto recargo le cobro a Umbrella?")
        #expect(r.text.contains("T-2026-161 — 2.750,50 € pendientes, 46 días de retraso."))
        #expect(r.text.contains("46 días al 10,15 % anual"))
        #expect(r.text.contains("Recargos en total: 75,18 €. A reclamar con el principal: 2.825,68 €."))
    }

    @Test func nothingLateNothingToCharge() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("recargo de Initech").text == "Initech no tiene facturas vencidas: no hay recargos que calcular.")
    }
}
