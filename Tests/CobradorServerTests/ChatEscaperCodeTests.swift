import CobradorOutbound
import Testing

@Suite("Escaping inside tables and for Telegram")
struct ChatEscaperCodeTests {
    static let zw = "\u{200B}"

    @Test func preformattedBlocksCannotBeClosedFromData() {
        for format in [ChatFormat.mattermost, .teams, .discord] {
            #expect(ChatEscaper.escapeCode("a ``` b @here [x](y)", for: format) == "a ``\(Self.zw)` b @\(Self.zw)here [x](y)")
        }
        #expect(ChatEscaper.escapeCode("Acme & <!channel>", for: .slack) == "Acme &amp; &lt;!channel&gt;")
    }

    @Test(arguments: [
        (#"<b>x</b> & "y""#, "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;"),
        ("@ana y @luis", "@\(zw)ana y @\(zw)luis"),
        ("ana@example.com", "ana@example.com"),
        ("<a href=\"tg://user?id=1\">hola</a>", "&lt;a href=&quot;tg://user?id=1&quot;&gt;hola&lt;/a&gt;"),
        ("Estudio Núñez", "Estudio Núñez"),
    ])
    func telegramHTML(input: String, expected: String) {
        #expect(ChatEscaper.escapeTelegramHTML(input) == expected)
    }
}
