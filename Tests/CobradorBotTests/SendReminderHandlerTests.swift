import CobradorBot
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Testing

@Suite struct SendReminderHandlerTests {
    static func bot(_ transport: RecordingMailTransport, csv: String? = nil) throws -> (Bot, AppDatabase) {
        let db = try AppDatabase.inMemory()
        if let csv { try TestBot.importCSV(csv, into: db) } else { try TestBot.importFixture("invoices.csv", into: db) }
        let sender = try MailSender(name: "Ana Pérez", email: "ana@estudio.test")
        return (try TestBot.bot(on: db, mail: MailSetup(sender: sender, transport: transport)), db)
    }

    static func emails(_ db: AppDatabase, _ client: String) throws -> [ContactEvent] {
        let id = try #require(try db.clients().first { $0.name == client }?.id)
        return try #require(try db.clientFile(id: id)).events
    }

    @Test func theDraftIsShownSentOnYesAndLoggedWithItsMessageID() async throws {
        let transport = RecordingMailTransport()
        let (bot, db) = try Self.bot(transport)
        var chat = BotTranscript(bot: bot)
        let draft = await chat.say("recordar a Acme")
        let preview = await chat.say("envíalo")
        #expect(preview.intent == "send_reminder", "\(preview.text)")
        #expect(preview.text.hasPrefix("Voy a enviar este correo:"), "\(preview.text)")
        #expect(preview.text.contains("Para: Acme S.L. <cobros@acme.test>"))
        #expect(preview.actions.map(\.id) == ["confirm", "deny"])
        #expect(transport.sent.isEmpty, "nothing goes out before yes")
        let subject = try #require(preview.text.split(separator: "\n").first { $0.hasPrefix("Asunto: ") })
        #expect(draft.text.contains(subject), "the preview sends the draft that was shown")

        let sent = await chat.say("sí")
        #expect(sent.changedData)
        #expect(sent.text.hasPrefix("Enviado a cobros@acme.test."), "\(sent.text)")
        #expect(transport.sent.count == 1)
        #expect(transport.sent.first?.to.map(\.address) == ["cobros@acme.test"])
        let events = try Self.emails(db, "Acme S.L.")
        #expect(events.count == 1)
        #expect(events.first?.channel == .email && events.first?.outcome == .sent)
        #expect(events.first?.note == "Message-ID: <test-1@estudio.test>")
        #expect(events.first?.date == TestBot.today)
    }

    @Test func namingTheClientDraftsForItFirst() async throws {
        let transport = RecordingMailTransport()
        let (bot, _) = try Self.bot(transport)
        var chat = BotTranscript(bot: bot)
        let preview = await chat.say("envía el recordatorio a Globex")
        #expect(preview.text.contains("ap@globex.test"), "\(preview.text)")
        _ = await chat.say("sí")
        #expect(transport.sent.first?.to.map(\.address) == ["ap@globex.test"])
    }

    @Test func aFailedSendLogsNothingAndSaysWhy() async throws {
        let transport = RecordingMailTransport(failing: .commandFailed(program: "msmtp", status: 78, message: "auth failed"))
        let (bot, db) = try Self.bot(transport)
        var chat = BotTranscript(bot: bot)
        _ = await chat.say("recordar a Acme")
        _ = await chat.say("envíalo")
        let failed = await chat.say("sí")
        #expect(!failed.changedData)
        #expect(failed.text == "No se pudo enviar: msmtp terminó con el código 78 y dijo: auth failed. No he enviado ni apuntado nada.")
        #expect(transport.sent.count == 1)
        #expect(try Self.emails(db, "Acme S.L.").isEmpty)
    }

    @Test func noEmailOnRecordAsksForIt() async throws {
        let csv = "number,client,email,phone,contact,issued,due,amount,currency,paid\nT-1,Hooli,,,,2026-10-01,2026-10-31,100.00,EUR,0\n"
        let transport = RecordingMailTransport()
        let (bot, db) = try Self.bot(transport, csv: csv)
        var chat = BotTranscript(bot: bot)
        let asked = await chat.say("envía el recordatorio a Hooli")
        #expect(asked.text.hasPrefix("No tengo email de Hooli: ¿me lo dices?"), "\(asked.text)")
        #expect(transport.sent.isEmpty)
        let saved = await chat.say("facturas@hooli.test")
        #expect(saved.changedData, "\(saved.text)")
        let id = try #require(try db.clients().first?.id)
        #expect(try db.clientFile(id: id)?.client.emails == ["facturas@hooli.test"])
        #expect(await chat.say("envía el recordatorio a Hooli").text.contains("facturas@hooli.test"))
    }

    @Test func noSendsNothing() async throws {
        let transport = RecordingMailTransport()
        let (bot, db) = try Self.bot(transport)
        var chat = BotTranscript(bot: bot)
        _ = await chat.say("recordar a Acme")
        _ = await chat.say("envíalo")
        let no = await chat.say("no")
        #expect(no.text == "Vale, no he enviado nada.")
        #expect(transport.sent.isEmpty)
        #expect(try Self.emails(db, "Acme S.L.").isEmpty)
    }

    @Test func undoTakesBackOnlyTheLogEntry() async throws {
        let transport = RecordingMailTransport()
        let (bot, db) = try Self.bot(transport)
        var chat = BotTranscript(bot: bot)
        _ = await chat.say("recordar a Acme")
        _ = await chat.say("envíalo")
        _ = await chat.say("sí")
        let undone = await chat.say("deshaz")
        #expect(undone.text.hasPrefix("Un correo no se puede des-enviar: ya salió hacia cobros@acme.test."), "\(undone.text)")
        #expect(undone.changedData)
        #expect(try Self.emails(db, "Acme S.L.").isEmpty)
        #expect(transport.sent.count == 1)
    }

    @Test func withoutADraftOrMailSetUpItSaysWhatIsMissing() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        #expect(await chat.say("envíalo").text.hasPrefix("No tengo ningún borrador para enviar."))
        let unconfigured = await chat.say("envía el recordatorio a Acme")
        #expect(unconfigured.text.hasPrefix("Para enviar correos necesito tu dirección"), "\(unconfigured.text)")
    }
}

@Suite struct UnknownClientTests {
    @Test func anUnknownNameIsSaidSoNeverAnsweredWithOtherClients() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("¿cuánto me debe Stark Industries?")
        #expect(r.text.hasPrefix("No tengo ningún cliente llamado Stark Industries."), "\(r.text)")
        #expect(!r.text.contains("Acme") && !r.text.contains("Globex"))
        let status = await chat.say("estado de Stark Industries")
        #expect(status.text.hasPrefix("No tengo ningún cliente llamado Stark Industries."), "\(status.text)")
    }

    /// Said before a verb of paying, with nothing before it, an unknown name is still not any client:
    /// the payment is not recorded against the last one talked about.
    @Test func aPaymentFromAnUnknownNameRecordsNothing() async throws {
        let (bot, db) = try TestBot.make()
        let before = try db.auditTrail(limit: 100).count
        var chat = BotTranscript(bot: bot)
        _ = await chat.say("¿qué hago con Acme?")
        let r = await chat.say("Vandelay me pagó 300 euros")
        #expect(r.text.hasPrefix("No tengo ningún cliente llamado Vandelay."), "\(r.text)")
        #expect(!r.changedData)
        #expect(try db.auditTrail(limit: 100).count == before)
        let asked = await chat.say("how much does tyrell owe me?")
        #expect(asked.text.hasPrefix("I have no client called tyrell."), "\(asked.text)")
    }

    @Test func aNameTheParserMatchesFuzzilyIsThatClient() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        // A typo close enough is the client itself ("typos welcome"); only names beyond it are unknown.
        let r = await chat.say("what is the status of Globez Corporation?")
        #expect(r.text.hasPrefix("Globex Corporation"), "\(r.text)")
        let unknown = await chat.say("what's the balance for Tyrell Corp?")
        #expect(unknown.text.hasPrefix("I have no client called Tyrell Corp."), "\(unknown.text)")
        #expect(!unknown.text.contains("Acme"))
    }

    @Test func suggestionsComeFromEditDistance() {
        let names = ["Globex Corporation", "Acme S.L.", "Hooli"]
        #expect(ClientNameSuggestions.closest(to: "Globez", among: names) == ["Globex Corporation"])
        #expect(ClientNameSuggestions.closest(to: "hoolli", among: names) == ["Hooli"])
        #expect(ClientNameSuggestions.closest(to: "Stark Industries", among: names).isEmpty)
    }
}
