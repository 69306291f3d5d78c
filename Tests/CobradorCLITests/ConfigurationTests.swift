import CobradorTestSupport
import Foundation
import Testing

@Suite(.ownThread) struct ConfigurationTests {
    func configFile(_ yaml: String) throws -> URL {
        let url = TestPaths.temporaryDirectory().appendingPathComponent("config.yml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func businessProfileAndThresholdsShapeTheAnswers() throws {
        let cli = try CLIRunner.withFixture()
        let config = try configFile(
            """
            business:
              name: Ana Pérez Diseño
              iban: ES91 2100 0418 4502 0005 1332
            follow_up:
              second_reminder_after_days: 3
            """)
        let draft = try cli.run(["--config", config.path, "ask", "recordar a Acme"])
        #expect(draft.stdout.contains("Ana Pérez Diseño"))
        #expect(draft.stdout.contains("ES91 2100 0418 4502 0005 1332"))
        _ = try cli.run(["ask", "envié un recordatorio a Acme el 26 de noviembre"])
        let early = try cli.run(["--config", config.path, "ask", "¿qué hago con Acme?"])
        #expect(early.stdout.contains("etapa 2"))
        let standard = try cli.run(["ask", "¿qué hago con Acme?"])
        #expect(!standard.stdout.contains("etapa 2"))
    }

    @Test func statutoryTableCanBeReplaced() throws {
        let cli = try CLIRunner.withFixture()
        let config = try configFile(
            """
            late_fees:
              statutory:
                - name: mx_custom
                  currency: MXN
                  margin_basis_points: 1200
                  rates:
                    - {year: 2026, half: 2, basis_points: 0}
            """)
        let out = try cli.run(["--config", config.path, "--lang", "en", "ask", "what late fee can I charge Soylent?"])
        #expect(out.stdout.contains("12.00% a year"))
        #expect(!out.stdout.contains("no statutory rate"))
    }

    @Test func aBrokenConfigFileIsAClearErrorAndChangesNothing() throws {
        let cli = try CLIRunner.withFixture()
        let config = try configFile("business: [unclosed\n")
        let out = try cli.run(["--config", config.path, "--lang", "es", "ask", "Acme pagó 450 €"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("Configuración no válida"))
        #expect(out.stderr.contains("config.yml"))
        let after = try cli.run(["ask", "estado de Acme"])
        #expect(after.stdout.contains("1.650,00 €"))
    }
}
