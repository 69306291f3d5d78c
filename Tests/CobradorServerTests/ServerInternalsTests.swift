import CobradorBot
import CobradorCore
import CobradorOutbound
import Foundation
import Testing

@testable import CobradorServer

@Suite("Server internals")
struct ServerInternalsTests {
    @Test func hexRoundTrips() {
        let bytes: [UInt8] = [0, 1, 0x7f, 0x80, 0xfe, 0xff]
        #expect(Hex.encode(bytes) == "00017f80feff")
        #expect(Hex.decode("00017F80FEFF") == bytes)
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }

    @Test func constantTimeComparisons() {
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2]))
        #expect(ConstantTime.equalSecrets("token", "token"))
        #expect(!ConstantTime.equalSecrets("token", "token2"))
        #expect(!ConstantTime.equalSecrets("", "token"))
    }

    @Test func replyEscaperForSlackAndMattermost() {
        #expect(ChatEscaper.escape("<!here> & @everyone", for: .slack) == "&lt;!here&gt; &amp; @\u{200B}everyone")
        #expect(ChatEscaper.escape("[a](b)", for: .slack) == "[a](b)")
        #expect(ChatEscaper.escape("[a](b)", for: .mattermost) == #"\[a\](b)"#)
        #expect(ChatEscaper.escape("@herald", for: .slack) == "@herald")
    }

    @Test func deduplicatorReusesWithinTheWindowAndForgetsAfter() async throws {
        let deduplicator = ReplyDeduplicator(window: .milliseconds(200))
        let reply = BotReply(text: "ok", intent: "echo", language: .es)
        let first = await deduplicator.task(for: "k") { Task { reply } }
        let second = await deduplicator.task(for: "k") { Task { BotReply(text: "again", intent: "echo", language: .es) } }
        #expect(first.isNew && !second.isNew)
        #expect(await second.task.value == reply)
        let other = await deduplicator.task(for: "other") { Task { reply } }
        #expect(other.isNew)
        try await Task.sleep(for: .milliseconds(300))
        let later = await deduplicator.task(for: "k") { Task { BotReply(text: "later", intent: "echo", language: .es) } }
        #expect(later.isNew)
        #expect(await later.task.value.text == "later")
    }

    @Test func deduplicatorKeepsAtMostItsCapacity() async {
        let deduplicator = ReplyDeduplicator(window: .seconds(60), capacity: 3)
        let reply = BotReply(text: "ok", intent: "echo", language: .es)
        for key in ["a", "b", "c", "d", "e"] {
            _ = await deduplicator.task(for: key) { Task { reply } }
        }
        // The oldest ("a") was evicted: it is new again; the newest ("e") is still known.
        #expect(await deduplicator.task(for: "e") { Task { reply } }.isNew == false)
        #expect(await deduplicator.task(for: "a") { Task { reply } }.isNew == true)
    }

    /// Regression: the timer, cancelled when the value came, used to answer nil first now and then
    /// (seen as 503s under load with an instant engine).
    @Test func deadlineNeverTimesOutAFastTask() async {
        // 8 concurrent loops, as under load; bounded: 8 × 2,000 instant tasks.
        let timeouts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var timeouts = 0
                    for _ in 0..<2000 {
                        let task = Task { BotReply(text: "now", intent: "echo", language: .es) }
                        if await Deadline.value(of: task, within: .seconds(10)) == nil { timeouts += 1 }
                    }
                    return timeouts
                }
            }
            return await group.reduce(0, +)
        }
        #expect(timeouts == 0)
    }

    @Test func deadlineGivesUpWithoutCancellingTheTask() async {
        let task = Task { () -> BotReply in
            try? await Task.sleep(for: .milliseconds(300))
            return BotReply(text: "late", intent: "echo", language: .en)
        }
        let early = await Deadline.value(of: task, within: .milliseconds(20))
        #expect(early == nil)
        #expect(await task.value.text == "late")
        #expect(await Deadline.value(of: task, within: .milliseconds(20))?.text == "late")
    }
}
