import CobradorBot
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

@Suite struct RecordPaymentHandlerTests {
    func outstanding(_ db: AppDatabase, _ number: String) throws -> Int64? {
        try db.openItems().first { $0.invoiceNumber == number }?.outstanding.minorUnits
    }

    @Test func aPaymentOnANamedInvoiceIsRecordedAtOnce() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("Acme pagó 450 € de la T-2026-188")
        #expect(r.changedData)
        #expect(r.text.contains("• T-2026-188: 450,00 € — queda saldada"))
        #expect(r.actions.isEmpty)
        #expect(try outstanding(db, "T-2026-188") == nil)
    }

    @Test func aGuessedSplitAsksWithYesAndNoButtons() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let ask = await chat.say("Acme pagó 500 €")
        #expect(!ask.changedData)
        #expect(ask.text.contains("• T-2026-188: 450,00 € — queda saldada\n• T-2026-201: 50,00 € — queda 1.150,00 €"))
        #expect(
            ask.actions == [
                ReplyAction(id: "confirm", label: "Sí", message: "sí", style: .primary), ReplyAction(id: "deny", label: "No", message: "no"),
            ])
        let yes = await chat.say(ask.actions[0].message)
        #expect(yes.changedData)
        #expect(yes.intent == "record_payment")
        #expect(try outstanding(db, "T-2026-201") == 115_000)
    }

    @Test func anOverpaymentIsShownAsSuchAndNoChangesNothing() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let ask = await chat.say("Globex paid $4,000")
        #expect(ask.text.contains("$500.00 more than owed!"))
        #expect(ask.actions.map(\.message) == ["yes", "no"])
        let no = await chat.say("no")
        #expect(no.intent == "deny")
        #expect(!no.changedData)
        #expect(try outstanding(db, "GX-9001") == 350_000)
    }

    @Test func refusalsSayWhyAndChangeNothing() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("Acme pagó 100 € de la GX-9001").text.contains("no es de Acme S.L."))
        #expect(await chat.say("Hooli pagó 100 €").text.contains("No he apuntado nada"))
        #expect(await chat.say("Acme pagó 450 € mañana").text.contains("todavía no ha llegado"))
        #expect(await chat.say("Café La Esquina pagó 10 €").text.contains("no tiene facturas pendientes"))
        #expect(try db.auditTrail(limit: 50).allSatisfy { $0.action == "import" })
    }

    @Test func aBareAmountIsInTheClientsCurrencyAndAMissingOneIsAskedFor() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("Soylent pagó 2000").text.contains("2.000,00 MXN"))
        #expect(try outstanding(db, "SX-0042") == 4_000_000)
        let which = await chat.say("Acme pagó")
        #expect(which.text.contains("T-2026-188 (450,00 €) o T-2026-201 (1.200,00 €)"))
        #expect(await chat.say("la T-2026-201").changedData)
        #expect(try outstanding(db, "T-2026-201") == nil)
    }

    @Test func aDayAheadSaidWithoutAYearIsLastYears() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("Acme pagó 450 € el 15 de enero")
        #expect(r.text.contains("15 de enero de 2026"), "\(r.text)")
        let acme = try #require(try db.clients().first { $0.name == "Acme S.L." })
        #expect(try db.clientFile(id: acme.id)?.payments.map(\.date.isoString) == ["2026-01-15"])
    }
}

@Suite struct LogContactHandlerTests {
    @Test func aCallWithoutAnswerIsLogged() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("llamé a Globex y no contestan")
        #expect(r.text.contains("llamada sin respuesta") && r.text.contains("Globex Corporation"), "\(r.text)")
        let globex = try #require(try db.clients().first { $0.name == "Globex Corporation" })
        let event = try #require(try db.clientFile(id: globex.id)?.events.first)
        #expect(event.channel == .phone && event.outcome == .noAnswer)
    }

    @Test func aContactThatNamesAFuturePaymentDayIsAPromise() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("hablé con Jared de Pied Piper, pagan mañana")
        #expect(r.intent == "promise_to_pay", "\(r.text)")
        let piper = try #require(try db.clients().first { $0.name == "Pied Piper" })
        #expect(try db.clientFile(id: piper.id)?.promises.count == 1)
        // Without a paying verb, a contact on a day to come is refused, not taken as a promise.
        #expect(await chat.say("llamé a Pied Piper mañana").text.contains("aún no ha llegado"))
    }
}

@Suite struct PromiseToPayHandlerTests {
    @Test func aPromiseIsRecordedWithItsDayAndCheckedTheDayAfter() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("Hooli promete pagar el 4 de diciembre")
        #expect(r.text.hasPrefix("Apuntado: Hooli promete pagar el viernes 4 de diciembre de 2026."))
        #expect(r.text.contains("si el 5 de diciembre de 2026 no ha llegado"))
        let hooli = try #require(try db.clients().first { $0.name == "Hooli" })
        #expect(try db.clientFile(id: hooli.id)?.promises.map(\.promisedFor.isoString) == ["2026-12-04"])
    }

    @Test func aPastDayIsRefusedAndAMissingOneIsAskedFor() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("Hooli promete pagar el 1 de noviembre de 2026").text.contains("ya pasó"))
        #expect(await chat.say("Hooli promete pagar").text == "¿Para qué fecha ha prometido pagar Hooli?")
        #expect(await chat.say("el viernes").text.contains("4 de diciembre de 2026"))
    }
}

@Suite struct AddInvoiceHandlerTests {
    @Test func aNewInvoiceContinuesTheClientsOwnSeries() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        // The book's newest invoices are T-2026-…, but Globex is billed in its own GX- series.
        let globex = await chat.say("nueva factura para Globex de 900 USD que vence el 31/12/2026")
        #expect(globex.text.hasPrefix("Registrada la factura GX-9002 de Globex Corporation: 900,00 US$, vence el 31 de diciembre de 2026."))
        let acme = await chat.say("nueva factura para Acme de 100 €")
        #expect(acme.text.hasPrefix("Registrada la factura T-2026-211 de Acme S.L."))
        #expect(acme.text.contains("no tiene fecha de vencimiento"))
        #expect(try db.invoice(number: "GX-9002")?.amount == Money(minorUnits: 90_000, currency: .usd))
    }

    @Test func aNewClientIsCreatedOnlyAfterConfirming() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("nueva factura").text.hasPrefix("¿Para qué cliente es la factura?"))
        #expect(await chat.say("Talleres Ejemplo").text.hasPrefix("¿De qué importe es la factura para Talleres Ejemplo?"))
        let confirm = await chat.say("750 €")
        #expect(confirm.text.hasPrefix("Talleres Ejemplo es un cliente nuevo."))
        #expect(confirm.actions.map(\.id) == ["confirm", "deny"])
        #expect(try !db.clients().contains { $0.name == "Talleres Ejemplo" })
        #expect(await chat.say("sí").changedData)
        #expect(try db.clients().contains { $0.name == "Talleres Ejemplo" })
    }

    @Test func aNumberAlreadyTakenIsRefused() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("nueva factura para Acme de 100 € con número T-2026-188")
        #expect(r.text.contains("Ya existe una factura con el número T-2026-188"))
        #expect(!r.changedData)
    }
}

@Suite struct UpdateContactHandlerTests {
    @Test func contactsAreAddedAndAMissingOneIsAskedFor() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("el teléfono de Initech es +34 600 123 456").text.contains("+34 600 123 456"))
        #expect(await chat.say("añade un contacto a Initech").text.hasPrefix("¿Qué dato de Initech quieres añadir?"))
        _ = await chat.say("su email es pagos@initech.test")
        let initech = try #require(try db.clients().first { $0.name == "Initech" })
        let contacts = try #require(try db.clientFile(id: initech.id)?.client.contacts.map(\.value))
        #expect(contacts.contains("+34 600 123 456"))
        #expect(contacts.contains("pagos@initech.test"))
    }
}

@Suite struct PauseFollowUpHandlerTests {
    @Test func aDisputeStopsTheLadderUntilResumed() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("Umbrella disputa la factura T-2026-161").text.hasPrefix("Anotada la disputa de la T-2026-161"))
        #expect(await chat.say("¿qué hago con Umbrella?").text.contains("En disputa"))
        #expect(await chat.say("reanuda Umbrella").text.hasPrefix("Reanudado el seguimiento de Umbrella Ibérica S.A."))
        #expect(await chat.say("reanuda Umbrella").text == "Umbrella Ibérica S.A. no tiene ninguna pausa ni disputa abierta.")
    }

    @Test func aPauseMayHaveAnEnd() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("pausa Initech hasta el 15 de diciembre").text.contains("en pausa hasta el 15 de diciembre de 2026"))
    }
}

@Suite struct UndoHandlerTests {
    @Test func undoTakesBackTheLastChangeThenSaysThereIsNothingLeft() async throws {
        let (bot, db) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        _ = await chat.say("Acme pagó 450 € de la T-2026-188")
        let undone = await chat.say("deshaz")
        #expect(undone.changedData)
        #expect(undone.text.hasPrefix("Deshecho. Esto ya no consta:\n"))
        #expect(undone.text.contains("pago de Acme S.L."))
        #expect(try db.openItems().contains { $0.invoiceNumber == "T-2026-188" })
        #expect(await chat.say("deshaz").text == "No hay ningún cambio reciente que deshacer en esta conversación.")
    }

    @Test func onceTheConversationExpiredUndoFindsTheUsersLastChangeInTheAuditTrail() async throws {
        let path = try TestBot.file()
        let key = ConversationKey(channel: "slack", team: "T1", room: "a", user: "ana")
        var chat = BotTranscript(bot: try TestBot.bot(on: try AppDatabase.open(path: path)), conversation: key)
        _ = await chat.say("Acme pagó 450 € de la T-2026-188")
        // A day and more later, in another process: the conversation is gone, the audit trail is not.
        let other = try AppDatabase.open(path: path)
        let later = try TestBot.bot(on: other, clock: { Date().addingTimeInterval(25 * 3600) })
        var again = BotTranscript(bot: later, conversation: key)
        let r = await again.say("deshaz")
        #expect(r.changedData, "\(r.text)")
        #expect(try other.openItems().contains { $0.invoiceNumber == "T-2026-188" })
    }
}
