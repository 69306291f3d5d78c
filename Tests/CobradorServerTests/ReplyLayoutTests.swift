import CobradorBot
import CobradorOutbound
import Foundation
import Testing

@testable import CobradorServer

@Suite("Reply layout and its renderings")
struct ReplyLayoutTests {
    static let whoOwes =
        "Te deben 2 clientes a 30 de noviembre de 2026:\n• Acme S.L.        1.650,00 €  2 facturas\n"
        + "• Globex           200,00 €  1 factura\n\n"
        + "Total pendiente: 1.850,00 €\nAntigüedad por moneda:\nEUR — 1-30: 200,00 €\n(Si me he equivocado, escribe «deshaz».)"

    @Test func readsHeadingTableParagraphAndNote() {
        let layout = ReplyLayout(text: Self.whoOwes)
        #expect(
            layout.parts == [
                .heading("Te deben 2 clientes a 30 de noviembre de 2026"),
                .table(["• Acme S.L.        1.650,00 €  2 facturas", "• Globex           200,00 €  1 factura"]),
                .paragraph(["Total pendiente: 1.850,00 €", "Antigüedad por moneda:", "EUR — 1-30: 200,00 €"]),
                .note("(Si me he equivocado, escribe «deshaz».)"),
            ])
        #expect(!layout.isPlain)
    }

    @Test(arguments: [
        ("hola", [ReplyLayout.Part.paragraph(["hola"])]),
        ("", []),
        ("  \n\n", []),
        ("Una línea\notra", [.heading("Una línea"), .paragraph(["otra"])]),
        ("(solo una nota)", [.note("(solo una nota)")]),
        ("a  b\nc", [.table(["a  b"]), .paragraph(["c"])]),
        ("Título:\n\nPárrafo uno\n\nPárrafo dos", [.heading("Título"), .paragraph(["Párrafo uno"]), .paragraph(["Párrafo dos"])]),
    ])
    func parts(text: String, expected: [ReplyLayout.Part]) {
        #expect(ReplyLayout(text: text).parts == expected)
    }

    @Test func aLongFirstLineIsNoHeading() {
        let line = String(repeating: "x", count: 151)
        #expect(ReplyLayout(text: line + "\nmás").parts == [.paragraph([line, "más"])])
    }

    @Test func nothingIsDropped() {
        for text in TrickyTexts.make(300, seed: 14) + [Self.whoOwes] {
            let layout = ReplyLayout(text: text)
            let kept = layout.parts.flatMap { part -> [String] in
                switch part {
                case .heading(let line), .note(let line): [line]
                case .paragraph(let lines), .table(let lines): lines
                }
            }
            let letters = { (s: String) in s.filter { !$0.isWhitespace && $0 != ":" } }
            #expect(letters(kept.joined()) == letters(text), "\(text.debugDescription)")
        }
    }

    @Test func slackBlocksRespectSlackLimits() {
        let many = (0..<80).map { "Párrafo \($0)\n" }.joined(separator: "\n")
        let actions = (0..<30).map { ReplyAction(id: "status", label: String(repeating: "L", count: 90), message: "estado \($0)") }
        let blocks = SlackBlockKit.blocks(ReplyLayout(text: many, actions: actions)) ?? []
        #expect(blocks.count == 50)
        guard case .actions(let buttons) = blocks.last else {
            Issue.record("the buttons must stay")
            return
        }
        #expect(buttons.count == 25)
        #expect(buttons.allSatisfy { $0.label.count == 75 })
        #expect(Set(buttons.map(\.actionID)).count == 25)
        let huge = String(repeating: "a", count: 7_000)
        let sections = SlackBlockKit.blocks(ReplyLayout(text: "T\n" + huge)) ?? []
        #expect(sections.count == 4)
        #expect(sections.dropFirst().allSatisfy { if case .section(let text) = $0 { text.count <= 3_000 } else { false } })
    }

    @Test func slackLimitsCountTheEntities() {
        // 100 characters, 280 once "&" is "&amp;": too long for a header, so a bold line instead.
        let title = String(repeating: "A&", count: 50)
        let blocks = SlackBlockKit.blocks(ReplyLayout(text: title + "\nmás")) ?? []
        #expect(blocks.first == .section("*" + String(repeating: "A&amp;", count: 50) + "*"))
        let label = SlackBlockKit.label(String(repeating: "&", count: 40))
        #expect(label.count <= 75 && label.hasSuffix("…") && label.hasPrefix("&amp;"))
        #expect(SlackBlockKit.label("Sí") == "Sí")
    }

    @Test func telegramMessagesStayUnderTheLimitAndKeepEntitiesWhole() {
        let rows = (0..<400).map { "• Cliente & Hijos \($0)   1.000,00 €  1 factura" }.joined(separator: "\n")
        let messages = TelegramMessageText.messages(ReplyLayout(text: "Te deben 400 clientes:\n" + rows))
        #expect(messages.count > 1)
        #expect(messages.allSatisfy { $0.utf16.count <= 4_096 })
        #expect(messages.dropFirst().allSatisfy { $0.hasPrefix("<pre>") && $0.hasSuffix("</pre>") })
        let line = String(repeating: "&", count: 5_000)
        let cut = TelegramMessageText.messages(ReplyLayout(text: line))
        #expect(cut.allSatisfy { $0.utf16.count <= 4_096 })
        #expect(cut.joined() == String(repeating: "&amp;", count: 5_000))
    }

    @Test func markdownForMattermostTeamsAndDiscord() {
        let layout = ReplyLayout(text: "Hola [x](http://e.vil):\n• a  ```b``` @here\n(nota)")
        #expect(
            MarkdownText.render(layout, format: .mattermost)
                == "**Hola \\[x\\](http://e.vil)**\n\n```\n• a  ``\u{200B}`b``\u{200B}` @\u{200B}here\n```\n\n(nota)")
        #expect(MarkdownText.render(layout, format: .discord).hasPrefix("**Hola \\[x\\]\\(http://e.vil\\)**"))
    }

    @Test func buttonIDsCarryShortWordsAndRememberLongOnes() async {
        let store = ButtonMessages()
        #expect(await store.id(for: "sí", index: 0, limit: 64) == "0:sí")
        let long = "estado de " + String(repeating: "Umbrella Ibérica ", count: 5)
        let id = await store.id(for: long, index: 3, limit: 64)
        #expect(id.hasPrefix("3#") && id.utf8.count <= 64)
        #expect(await store.message(for: id) == long)
        #expect(await store.message(for: "0:sí") == "sí")
        #expect(await store.message(for: "x:sí") == nil)
        #expect(await store.message(for: "3#ffffffffffffffffffffffff") == nil)
    }

    @Test func seenDeliveriesAreBounded() async {
        let seen = SeenDeliveries(window: .seconds(60), capacity: 100)
        for index in 0..<1_000 { #expect(await seen.isFirst("k\(index)")) }
        #expect(await seen.count <= 100)
        #expect(await seen.isFirst("k999") == false)
    }
}
