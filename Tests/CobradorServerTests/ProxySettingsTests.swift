import Foundation
import Testing

@testable import CobradorOutbound

/// `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` read as libcurl reads them.
@Suite("Proxy settings from the environment")
struct ProxySettingsTests {
    let slack = URL(string: "https://hooks.slack.com/services/T/B/x")!
    let plain = URL(string: "http://chat.internal.example/hooks/1")!

    @Test func schemesPortsAndCredentials() throws {
        #expect(ProxyServer(parsing: "http://proxy.example:3128") == ProxyServer(host: "proxy.example", port: 3128))
        #expect(ProxyServer(parsing: "proxy.example:8080") == ProxyServer(host: "proxy.example", port: 8080))
        #expect(ProxyServer(parsing: "proxy.example") == ProxyServer(host: "proxy.example", port: 1080))
        #expect(ProxyServer(parsing: "http://proxy.example:3128/") == ProxyServer(host: "proxy.example", port: 3128))
        #expect(
            ProxyServer(parsing: "http://ana:s%40cret@proxy.example:3128")
                == ProxyServer(host: "proxy.example", port: 3128, username: "ana", password: "s@cret"))
        #expect(ProxyServer(parsing: "socks5h://127.0.0.1:9050") == ProxyServer(kind: .socks5, host: "127.0.0.1", port: 9050))
        #expect(ProxyServer(parsing: "http://[::1]:3128") == ProxyServer(host: "::1", port: 3128))
        #expect(ProxyServer(parsing: "https://proxy.example:443") == nil)
        #expect(ProxyServer(parsing: "socks4://proxy.example") == nil)
        #expect(ProxyServer(parsing: "proxy.example:99999") == nil)
        #expect(ProxyServer(parsing: "  ") == nil)
        #expect(ProxyServer(parsing: "http://ana:secret@proxy.example:3128")?.description == "http://proxy.example:3128")
    }

    @Test func whichVariableForWhichURL() {
        let settings = ProxySettings(environment: ["HTTPS_PROXY": "http://secure:3128", "HTTP_PROXY": "http://plain:3128"])
        #expect(settings.proxy(for: slack)?.host == "secure")
        #expect(settings.proxy(for: plain)?.host == "plain")
        // Lower case wins over upper case.
        let both = ProxySettings(environment: ["https_proxy": "lower:1", "HTTPS_PROXY": "upper:2"])
        #expect(both.proxy(for: slack)?.host == "lower")
        // ALL_PROXY fills in for an unset one; a blank value counts as unset.
        let all = ProxySettings(environment: ["ALL_PROXY": "every:3", "http_proxy": " "])
        #expect(all.proxy(for: slack)?.host == "every")
        #expect(all.proxy(for: plain)?.host == "every")
        #expect(ProxySettings(environment: [:]).proxy(for: slack) == nil)
        #expect(ProxySettings(environment: ["HTTP_PROXY": "plain:1"]).proxy(for: slack) == nil)
    }

    @Test(arguments: [
        ("slack.com", "hooks.slack.com", true),
        (".slack.com", "hooks.slack.com", true),
        ("slack.com", "slack.com", true),
        ("slack.com", "notslack.com", false),
        ("hooks.slack.com", "slack.com", false),
        ("*", "anything.example", true),
        ("localhost, 127.0.0.1", "127.0.0.1", true),
        ("10.0.0.0/8", "10.20.30.40", true),
        ("10.0.0.0/8", "11.0.0.1", false),
        ("192.168.1.7", "192.168.1.7", true),
        ("internal.example:8080", "internal.example", true),
        ("[::1]", "[::1]", true),
        ("SLACK.COM", "Hooks.Slack.Com", true),
        ("slack.com.", "hooks.slack.com", true),
        ("", "hooks.slack.com", false),
        ("*.slack.com", "hooks.slack.com", false),
    ])
    func noProxy(list: String, host: String, direct: Bool) {
        #expect(NoProxyList(parsing: list).matches(host: host) == direct)
    }

    @Test func noProxyAppliesToBothSchemes() {
        let settings = ProxySettings(environment: ["https_proxy": "p:1", "http_proxy": "p:1", "no_proxy": "slack.com,.internal.example"])
        #expect(settings.proxy(for: slack) == nil)
        #expect(settings.proxy(for: plain) == nil)
        #expect(settings.proxy(for: URL(string: "https://discord.com/api/webhooks/1/x")!)?.host == "p")
    }
}
