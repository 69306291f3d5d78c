import CobradorOutbound
import Testing

@Suite("Escaping for team chats")
struct ChatEscaperTests {
    static let zw = "\u{200B}"

    @Test(arguments: [
        ("Acme & Co", "Acme &amp; Co"),
        ("<!channel> pay now", "&lt;!channel&gt; pay now"),
        ("<!here>", "&lt;!here&gt;"),
        ("<@U024BE7LH>", "&lt;@U024BE7LH&gt;"),
        ("<https://evil.example|click>", "&lt;https://evil.example|click&gt;"),
        ("hey @channel and @here", "hey @\(zw)channel and @\(zw)here"),
        ("@Everyone, @ALL!", "@\(zw)Everyone, @\(zw)ALL!"),
        ("@allison @heretic @channels", "@allison @heretic @channels"),
        ("mail ana@here.com", "mail ana@\(zw)here.com"),
        ("Estudio Núñez", "Estudio Núñez"),
        ("", ""),
    ])
    func slackAndMattermost(input: String, expected: String) {
        #expect(ChatEscaper.escape(input, for: .slack) == expected)
        #expect(ChatEscaper.escape(input, for: .mattermost) == expected)
    }

    @Test func markdownLinksAreBrokenWhereMarkdownRenders() {
        #expect(ChatEscaper.escape("[pagar](https://evil.example)", for: .mattermost) == #"\[pagar\](https://evil.example)"#)
        #expect(ChatEscaper.escape("[pagar](https://evil.example)", for: .teams) == #"\[pagar\](https://evil.example)"#)
        #expect(ChatEscaper.escape(#"C:\x"#, for: .mattermost) == #"C:\\x"#)
        // Slack and Google Chat do not render [x](y) as a link: left as is.
        #expect(ChatEscaper.escape("[a](b)", for: .slack) == "[a](b)")
    }

    @Test(arguments: [
        ("@everyone pay", "@\(zw)everyone pay"),
        ("@here", "@\(zw)here"),
        ("[click](https://evil.example)", #"\[click\]\(https://evil.example\)"#),
        ("<@123456>", #"\<@123456\>"#),
        (#"a\b"#, #"a\\b"#),
        ("*bold* _it_ ~s~ `code` ||spoiler||", #"\*bold\* \_it\_ \~s\~ \`code\` \|\|spoiler\|\|"#),
        ("Acme & Co", "Acme & Co"),
    ])
    func discord(input: String, expected: String) {
        #expect(ChatEscaper.escape(input, for: .discord) == expected)
    }

    @Test(arguments: [ChatFormat.teams, .googlechat])
    func teamsAndGoogleChat(format: ChatFormat) {
        #expect(ChatEscaper.escape("<users/all> & <a href=x>y</a>", for: format) == "&lt;users/all&gt; &amp; &lt;a href=x&gt;y&lt;/a&gt;")
        #expect(ChatEscaper.escape("@all", for: format) == "@\(Self.zw)all")
    }

    @Test func nothingPingableSurvivesAnyFormat() {
        let nasty = "<!channel> <!here> @channel @here @everyone @all <@U1> [x](http://e.vil)"
        for format in ChatFormat.allCases {
            let escaped = ChatEscaper.escape(nasty, for: format)
            var forbidden = ["<!channel>", "<!here>", "@channel", "@here", "@everyone", "@all", "<@U1>"]
            if [.mattermost, .teams, .discord].contains(format) { forbidden.append("[x](http") }
            for mention in forbidden {
                #expect(!escaped.contains(mention), "\(format): \(mention) in \(escaped)")
            }
        }
    }
}
