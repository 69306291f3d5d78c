import CobradorBot
import CobradorContent
import CobradorCore
import CobradorTestSupport
import Foundation
import Testing

/// Templates and the typed views that fill them agree: no name a view lacks, no view value left
/// unused, no key in one language only, and a missing template never shows its own name.
@Suite struct ReplyTemplateTests {
    static func library(_ es: String, _ en: String) throws -> ResponseLibrary {
        try ResponseLibrary(sources: [.es: [("es/t.yml", es)], .en: [("en/t.yml", en)]])
    }

    @Test func theBuiltInTemplatesMatchTheirViews() throws {
        let problems = try ResponseLibrary.load().problems()
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func aTemplateNamingAValueItsViewLacksIsAProblem() throws {
        let problems = try Self.library(
            "client.which: \"¿{{examples}} o {{clientes}}?\"\nclient.ambiguous: \"{{choices}}\"\n",
            "client.which: \"{{examples}}?\"\nclient.ambiguous: \"{{choices}}\"\n"
        )
        .problems(views: [ClientQuestionView.self])
        #expect(problems == ["es/t.yml:1: 'client.which' uses {{clientes}}, which ClientQuestionView does not have"])
    }

    @Test func aViewValueNoTemplateUsesIsAProblem() throws {
        let problems = try Self.library(
            "client.which: \"¿Cuál?\"\nclient.ambiguous: \"{{choices}}\"\n",
            "client.which: \"Which?\"\nclient.ambiguous: \"{{choices}}\"\n"
        )
        .problems(views: [ClientQuestionView.self])
        #expect(problems == ["ClientQuestionView.examples is used by none of its templates"])
    }

    @Test func aKeyInOneLanguageOnlyIsAProblem() throws {
        let library = try Self.library("client.which: \"{{examples}}\"\nclient.ambiguous: \"{{choices}}\"\n", "client.which: \"{{examples}}\"\n")
        #expect(library.missingTranslations() == ["client.ambiguous"])
        #expect(library.problems(views: [ClientQuestionView.self]) == ["en: no template 'client.ambiguous' (filled from ClientQuestionView)"])
    }

    @Test func aKeyNoViewFillsIsAProblem() throws {
        let problems = try Self.library("saludo: \"hola\"\n", "saludo: \"hi\"\n").problems(views: [])
        #expect(problems == ["es: no view fills 'saludo'", "en: no view fills 'saludo'"])
    }

    @Test func aMissingTemplateThrowsAndTheUserSeesAReferenceNotTheKey() async throws {
        let library = try Self.library("error.internal: \"Algo ha fallado (referencia {{reference}}).\"\n", "error.internal: \"x {{reference}}\"\n")
        #expect(throws: ReplyError.missingTemplate(key: "greet", language: .es)) { try library.render("greet", .es, MessageView(), variation: 0) }
        #expect(throws: ReplyError.self) { try library.render("greet", .es, ClientView(client: "x"), variation: 0) }
        let (_, db) = try TestBot.make()
        let bot = try TestBot.bot(on: db, replies: library)
        let reply = await bot.respond(to: IncomingMessage(text: "hola", conversation: ConversationKey(channel: "t", user: "u")))
        #expect(reply.text.hasPrefix("Algo ha fallado (referencia "), "\(reply.text)")
        #expect(!reply.text.contains("greet"))
    }

    @Test func absentAndEmptyValuesHideTheirSections() throws {
        let library = try Self.library(
            "pause.done: \"{{client}}{{#invoice}} ({{invoice}}){{/invoice}}{{^until}}, sin fecha{{/until}}\"\n",
            "pause.done: \"{{client}}\"\n")
        #expect(try library.render("pause.done", .es, PauseView(client: "Acme", invoice: "", until: nil), variation: 0) == "Acme, sin fecha")
        #expect(try library.render("pause.done", .es, PauseView(client: "Acme", invoice: "F-1", until: "mañana"), variation: 0) == "Acme (F-1)")
    }

    @Test func aClientNameEndingInAFullStopIsNotFollowedByASecondOne() throws {
        let library = try ResponseLibrary.load()
        let view = InvoiceOfClientView(number: "T-2026-201", client: "Acme Iberia S.L.")
        let es = try library.render("payment.invoice_not_of_client", .es, view, variation: 0)
        let en = try library.render("payment.invoice_not_of_client", .en, InvoiceOfClientView(number: "T-1", client: "Initech Inc."), variation: 0)
        #expect(es.contains("no es de Acme Iberia S.L. "), "\(es)")
        #expect(!es.contains("..") && !en.contains(".."), "\(es) / \(en)")
        let ellipsis = try Self.library("pause.done: \"Espera... {{client}}.\"\n", "pause.done: \"{{client}}\"\n")
        let rendered = try ellipsis.render("pause.done", .es, PauseView(client: "Acme S.L.", invoice: "", until: nil), variation: 0)
        #expect(rendered == "Espera... Acme S.L.")
    }

    @Test func theCalmSentencesOfferedAsRewritesAreThemselvesCalm() throws {
        let library = try ResponseLibrary.load()
        for kind in ToneIssue.Kind.allCases {
            for lang in Language.allCases {
                let sentence = try library.render("tone.rewrite.\(kind.rawValue)", lang, MessageView(), variation: 0)
                #expect(!sentence.isEmpty)
                #expect(ToneChecker().review(sentence).professional, "\(kind) \(lang): \(sentence)")
            }
        }
    }

    @Test func everyKeyTheDomainNamesHasATemplateInItsFamily() throws {
        let day = CalendarDay(year: 2026, month: 11, day: 30)!
        let reasons: [FollowUpReason] = [
            .settled, .notDueYet(invoice: "F", due: day, daysUntilDue: 1), .remindersSent(dates: [day]),
            .clockRestarted(on: day, cause: .pauseEnded), .paused(kind: .dispute, since: day, until: nil, invoice: nil),
            .noOtherChannelOnRecord,
        ]
        let actions: [FollowUpAction] = [.none, .courtesyNote(invoice: "F", due: day), .legal(startedOn: day), .legal(startedOn: nil)]
        let rules: [LateFeeRule] = [.statutory(name: "x", marginBasisPoints: 800), .none(.noRuleForCurrency, currency: .mxn)]
        let keyed: [any TemplateKeyed] = reasons + actions + rules
        let keys = keyed.map(\.key) + FollowUpStage.allCases.map(\.key) + FollowUpStatus.allCases.map(\.key)
        for key in keys { #expect(ExplanationView.templateKeys.contains(key), "\(key)") }
        for kind in ToneIssue.Kind.allCases {
            #expect(ToneIssueView.templateKeys.contains("tone.issue.\(kind.rawValue)"))
            #expect(MessageView.templateKeys.contains("tone.rewrite.\(kind.rawValue)"))
        }
        for bucket in AgeingBucket.allCases { #expect(MessageView.templateKeys.contains(bucket.key)) }
    }

    @Test func everyButtonStandsForWordsThatMeanIt() async throws {
        let library = try ResponseLibrary.load()
        let (bot, _) = try TestBot.make()
        let expected: [(id: String, intent: String)] = [
            ("confirm", "confirm"), ("deny", "deny"), ("status", "client_status"), ("next_step", "next_step"),
            ("redraft_firm", "draft_reminder"),
        ]
        for lang in Language.allCases {
            for (id, intent) in expected {
                let words = try library.render("button.\(id).message", lang, ButtonView(client: "Globex Corporation"), variation: 0)
                let key = ConversationKey(channel: "t", user: "button-\(id)-\(lang)")
                let reply = await bot.respond(to: IncomingMessage(text: words, conversation: key))
                #expect(reply.intent == intent, "«\(words)» → \(reply.intent)")
                // "no" is both languages' word.
                if id != "deny" { #expect(reply.language == lang, "«\(words)»") }
            }
        }
    }
}
