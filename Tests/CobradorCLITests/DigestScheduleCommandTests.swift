import CobradorTestSupport
import Foundation
import Testing

/// `cobrador digest --schedule` and the configuration's `schedule:` section, through the real binary
/// (each runner has its own HOME and XDG folders, so no settings file of the machine's is read).
@Suite(.ownThread) struct DigestScheduleCommandTests {
    static func configFile(_ yaml: String) throws -> URL {
        let url = TestPaths.temporaryDirectory().appendingPathComponent("config.yml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static let schedule = """
        business:
          name: Ana Pérez Diseño
        schedule:
          digest:
            at: "09:00"
            days: weekdays
            timezone: Europe/Madrid
            post:
              - url: https://hooks.slack.com/services/T000/B000/XXXXSECRET
                format: slack
              - url: https://discord.com/api/webhooks/1/secret-token
                format: discord
        """

    @Test func showsTheScheduleAndTheNextRun() throws {
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("db.sqlite"))
        let config = try Self.configFile(Self.schedule)
        let en = try cli.run(["--config", config.path, "digest", "--schedule"])
        #expect(en.status == 0, "\(en.stderr)")
        #expect(
            en.stdout == """
                Digest schedule: Monday to Friday at 09:00 (Europe/Madrid)
                Posts to: slack (hooks.slack.com), discord (discord.com)
                Next run: 2026-11-30 09:00 (2026-11-30 08:00 UTC)
                Last run: none yet

                """)
        #expect(!en.stdout.contains("SECRET") && !en.stdout.contains("secret-token"))
        // Saturday 5 December: the next run is on Monday.
        let saturday = CLIRunner(database: cli.database, today: "2026-12-05")
        let es = try saturday.run(["--lang", "es", "--config", config.path, "digest", "--schedule"])
        #expect(
            es.stdout == """
                Resumen programado: de lunes a viernes a las 09:00 (Europe/Madrid)
                Publica en: slack (hooks.slack.com), discord (discord.com)
                Próxima ejecución: 2026-12-07 09:00 (2026-12-07 08:00 UTC)
                Última ejecución: ninguna todavía

                """)
    }

    @Test func dayListsAndAnotherZone() throws {
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("db.sqlite"), today: "2026-12-01")
        let config = try Self.configFile(
            """
            schedule:
              digest:
                at: "7:30"
                days: [mon, thu]
                timezone: America/Mexico_City
                post: [{url: "https://chat.example.com/hooks/abc", format: mattermost}]
            """)
        let out = try cli.run(["--config", config.path, "digest", "--schedule"])
        #expect(
            out.stdout == """
                Digest schedule: Mon, Thu at 07:30 (America/Mexico_City)
                Posts to: mattermost (chat.example.com)
                Next run: 2026-12-03 07:30 (2026-12-03 13:30 UTC)
                Last run: none yet

                """)
    }

    @Test func anUnknownTimeZoneIsRefusedWithItsLine() throws {
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("db.sqlite"))
        let config = try Self.configFile(Self.schedule.replacingOccurrences(of: "Europe/Madrid", with: "Europe/Madird"))
        for arguments in [["digest", "--schedule"], ["serve", "--port", "0"]] {
            let out = try cli.run(["--config", config.path] + arguments)
            #expect(out.status == 1)
            #expect(
                out.stderr == """
                    Invalid configuration: \(config.path):7: schedule.digest.timezone: unknown time zone "Europe/Madird" \
                    (use a name such as Europe/Madrid or America/Mexico_City)

                    """)
        }
        let es = try cli.run(["--lang", "es", "--config", config.path, "digest", "--schedule"])
        #expect(es.stderr.hasPrefix("Configuración no válida: \(config.path):7: schedule.digest.timezone: zona horaria desconocida"))
    }

    @Test func otherBadValuesNameTheirLine() throws {
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("db.sqlite"))
        let cases: [(String, String, String)] = [
            (#"at: "09:00""#, #"at: "25:00""#, #"config.yml:5: schedule.digest.at: expected a time like "09:00", not "25:00""#),
            ("days: weekdays", "days: [mon, funday]", "config.yml:6: schedule.digest.days: expected weekdays"),
            ("format: discord", "format: irc", #"config.yml:12: schedule.digest.post.1.format: unknown chat format "irc""#),
        ]
        for (original, broken, message) in cases {
            let config = try Self.configFile(Self.schedule.replacingOccurrences(of: original, with: broken))
            let out = try cli.run(["--config", config.path, "digest", "--schedule"])
            #expect(out.status == 1)
            #expect(out.stderr.contains(message), "\(out.stderr)")
        }
        let mistyped = try Self.configFile("mail:\n  command: msmtp -t\n  timeout: soon\n")
        let out = try cli.run(["--config", mistyped.path, "digest", "--schedule"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("config.yml:3: mail.timeout"), "\(out.stderr)")
    }

    @Test func withoutAScheduleSectionItSaysHowToAddOne() throws {
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("db.sqlite"))
        let out = try cli.run(["digest", "--schedule"])
        #expect(out.status == 0)
        #expect(out.stdout == "No digest is scheduled: add a schedule: digest: section to the settings file (see the README).\n")
    }
}
