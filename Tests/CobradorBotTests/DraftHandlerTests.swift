import CobradorBot
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Testing

@Suite struct DraftReminderHandlerTests {
    @Test func aFirstReminderWithButtonsToMarkItSentOrMakeItFirmer() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("recordar a Acme")
        #expect(r.intent == "draft_reminder")
        #expect(r.text.hasPrefix("Borrador para Acme S.L. (etapa 1: primer recordatorio), para cobros@acme.test:"))
        #expect(r.text.contains("Hola, Lucía:"))
        #expect(r.text.contains("• T-2026-188: 450,00 €, vencimiento 20 de octubre de 2026 (hace 41 días)"))
        #expect(r.text.contains("[tu nombre]"))
        #expect(r.actions.map(\.id) == ["mark_sent", "redraft_firm"])
        #expect(r.actions[0].message == "enviado")
        #expect(r.actions[1].message == "recordatorio firme para Acme S.L.")

        let firm = await chat.say(r.actions[1].message)
        #expect(firm.text.contains("Asunto: Pago pendiente"))
        #expect(firm.actions.map(\.id) == ["mark_sent"], "already firm")
        let sent = await chat.say(firm.actions[0].message)
        #expect(sent.intent == "log_contact")
        #expect(sent.text.contains("correo enviado") && sent.text.contains("30 de noviembre de 2026"), "\(sent.text)")
        #expect(sent.changedData)
    }

    @Test func theEmailFollowsTheClientsStage() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("recordar a Initech").text.contains("próxima al vencimiento"))
        _ = await chat.say("Hooli promete pagar el 4 de diciembre")
        #expect(await chat.say("recordar a Hooli").text.contains("Pago previsto para el 4 de diciembre de 2026"))
        _ = await chat.say("Umbrella disputa la T-2026-161")
        let paused = await chat.say("recordar a Umbrella")
        #expect(paused.text.hasPrefix("No te recomiendo enviar recordatorios a Umbrella Ibérica S.A. ahora mismo:"))
        #expect(paused.actions.isEmpty)
        let settled = await chat.say("recordar a Café La Esquina")
        #expect(settled.text == "Café La Esquina no tiene facturas pendientes: no hace falta ningún recordatorio.")
    }

    @Test func sentItLogsTheDraftOnlyRightAfterIt() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        _ = await chat.say("remind Globex")
        _ = await chat.say("who owes me?")
        // "sent it" no longer refers to the draft: it asks which client instead of logging anything.
        let late = await chat.say("sent it")
        #expect(late.text.contains("Which client") || late.text.contains("client"), "\(late.text)")
        let globex = try #require(try db.clients().first { $0.name == "Globex Corporation" })
        #expect(try db.clientFile(id: globex.id)?.events.isEmpty == true)
    }
}

@Suite struct DemandLetterHandlerTests {
    @Test func theLetterWarnsWhenTheClientIsNotAtTheLegalStageYet() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("carta de requerimiento para Umbrella")
        #expect(r.text.hasPrefix("Ojo: Umbrella Ibérica S.A. aún está en «etapa 1: primer recordatorio»"))
        #expect(r.text.contains("Asunto: Requerimiento de pago"))
        #expect(r.text.contains("Intereses y costes de cobro:"))
        #expect(r.text.contains("Les ruego que abonen dicho importe antes del 10 de diciembre de 2026."))
    }

    @Test func nothingOverdueNoLetter() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("carta de requerimiento para Initech")
        #expect(r.text == "Initech no tiene facturas vencidas: no procede una carta de requerimiento.")
    }
}

@Suite struct CheckToneHandlerTests {
    @Test func problemsAreQuotedWithCalmerWording() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("check my tone: \"You people are useless, PAY NOW!!!\"")
        #expect(r.intent == "check_tone")
        #expect(r.text.contains("useless"))
        #expect(r.text.contains("  I am writing about the outstanding invoice, hoping we can sort it out together."))
    }

    @Test func withoutATextItAsksForOneAndReviewsTheAnswer() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("revisa el tono").text.hasPrefix("Pega el texto"))
        let ok = await chat.say("Buenos días, quedo a la espera.")
        #expect(ok.text == "Suena profesional: cortés, claro y sin reproches. Puedes enviarlo así.")
    }
}
