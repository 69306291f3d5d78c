import CobradorBot
import CobradorContent
import CobradorCore
import CobradorServer
import Foundation

extension AppConfiguration {
    /// The `schedule: digest:` section checked, nil when there is none. A bad value (a time zone
    /// that does not exist, a time like "25:00") is refused with its file and line.
    func digestSchedule() throws(CLIError) -> DigestSchedule? {
        guard let digest = schedule?.digest else { return nil }
        do {
            return try DigestSchedule(
                at: digest.at, days: digest.days?.names, timeZone: digest.timezone,
                targets: (digest.post ?? []).map { (url: $0.url, format: $0.format) }, language: digest.language)
        } catch {
            let place = "\(sourceName):\(line(of: error.key))"
            throw CLIError { words in words("cli.error.invalid_configuration", CommandErrorView(reason: "\(place): \(error.message(words.language))"))
            }
        }
    }
}
