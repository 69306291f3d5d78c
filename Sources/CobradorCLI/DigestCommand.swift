import ArgumentParser
import CobradorBot
import CobradorCore
import CobradorOutbound
import CobradorServer
import CobradorStore
import Foundation

struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Today's follow-up actions and who owes what: printed, or posted to a team chat's incoming webhook.",
        discussion: """
            `cobrador serve` posts it by itself with a schedule: digest: section in the settings file \
            (at: "09:00", days: weekdays, timezone: Europe/Madrid, post: [{url, format}]); --schedule shows it \
            and the next run. Without serve, from cron: 0 9 * * 1-5 cobrador digest --post "$WEBHOOK_URL" --format slack
            """)

    @ParentCommand var root: CobradorCommand

    @Option(name: .long, help: "Incoming-webhook URL to post the digest to.")
    var post: String?

    @Option(name: .long, help: "Chat format for --post: slack, mattermost, discord, teams, googlechat.")
    var format: ChatFormat = .slack

    @Flag(name: .long, help: "Show the digest's schedule (settings file) and its next run, then exit.")
    var schedule = false

    func run() async throws {
        let context = try await withAsyncCLIErrors(root) { try await AppContext.open(root) }
        let lang = context.messageLanguage
        if schedule {
            let settings = try withCLIErrors(root) { try context.configuration(root) }
            let digestSchedule = try withCLIErrors(root) { try settings.digestSchedule() }
            let last = try? await context.store.lastRun(job: DigestSchedule.jobName)
            Console.out(ScheduleReport(schedule: digestSchedule, lastRun: last, now: scheduleNow(digestSchedule), words: Wording(lang)).text)
            return
        }
        let bot = try withCLIErrors(root) { try context.makeBot(root) }
        let text = await bot.digest(language: lang)
        guard let post else {
            Console.out(text)
            return
        }
        guard let url = URL(string: post), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http" else {
            Console.err(Wording(lang)("digest.bad_post_url"))
            throw ExitCode(1)
        }
        // Client names and notes come from data: escaped so they can never ping a channel or forge a link.
        let escaped = ChatEscaper.escape(text, for: format)
        do {
            let report = try await WebhookPoster().post(escaped, to: url, format: format)
            Console.out(Wording(lang)("digest.posted", DigestPostedView(messages: report.messages, attempts: report.attempts)))
        } catch {
            Console.err(error.message(in: lang))
            throw ExitCode(1)
        }
    }

    /// Now, or with `--today` the start of that day in the schedule's zone (so the next run is that day's, if any).
    private func scheduleNow(_ schedule: DigestSchedule?) -> Date {
        guard let text = root.today, let day = CalendarDay(parsing: text) else { return Date() }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = schedule?.timeZone ?? .current
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date()
    }
}

extension ChatFormat: ExpressibleByArgument {}
