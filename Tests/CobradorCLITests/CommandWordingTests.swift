import CobradorBot
import CobradorCore
import CobradorOutbound
import Foundation
import Testing

@testable import CobradorCLI

/// The command line's sentences come from `Responses/` and read as they did when they were written in
/// Swift: rendered here in-process, in both languages.
@Suite struct CommandWordingTests {
    static let es = Wording(.es)
    static let en = Wording(.en)

    @Test func anUnknownLayoutNamesTheMissingFieldsInWordsAndTheColumnsQuoted() {
        let problem = ImportProblem(line: 0, reason: .unknownLayout(missing: ["number", "client"], unused: ["Ref", "Cliente final"]))
        let failure = ImportFailure([problem])
        #expect(
            Self.es.lines(of: failure) == [
                "no reconozco este formato: no encuentro número de factura, cliente. Columnas que no he sabido asignar: «Ref», «Cliente final». "
                    + #"Dígame qué columna es cada cosa, por ejemplo: cobrador import FICHERO --map number="Ref" --map client="Cliente final" "#
                    + "(`cobrador import --formats` lista los formatos y las columnas que lee)"
            ])
        #expect(
            Self.en.lines(of: failure) == [
                #"I don't recognise this layout: I can't find the invoice number, client. Columns I could not map: "Ref", "Cliente final". "#
                    + #"Tell me which column is which, for example: cobrador import FILE --map number="Ref" --map client="Cliente final" "#
                    + "(`cobrador import --formats` lists the formats and the columns each reads)"
            ])
        let none = ImportFailure([ImportProblem(line: 0, reason: .unknownLayout(missing: ["total"], unused: []))])
        #expect(Self.es.lines(of: none).first?.contains("no encuentro total. Columnas que no he sabido asignar: ninguna.") == true)
        #expect(Self.en.lines(of: none).first?.contains("Columns I could not map: none.") == true)
    }

    @Test func aProblemOnALineSaysTheLineAndEveryValue() {
        let failure = ImportFailure(
            [
                ImportProblem(line: 6, reason: .duplicateInFile(number: "B-1", firstLine: 2)),
                ImportProblem(line: 7, reason: .invoiceRowsDisagree(number: "X-1", column: "ContactName", first: "Kiwi", other: "Other")),
                ImportProblem(line: 8, reason: .dateOrderConflict(column: "InvoiceDate", value: "04/14/2026", order: .dmy)),
                ImportProblem(line: 9, reason: .noCurrency(symbol: "$")),
            ], omitted: 1_203, omittedLines: [1001...1100, 1205...1205])
        #expect(
            Self.es.lines(of: failure) == [
                "línea 6: la factura B-1 ya aparece en la línea 2",
                "línea 7: las líneas de la factura X-1 no coinciden en «ContactName»: «Kiwi» y «Other»",
                "línea 8: la fecha «04/14/2026» de «InvoiceDate» no cabe en el orden día/mes de las demás fechas del fichero; "
                    + "si el fichero es al revés, impórtelo con --dates mdy",
                "línea 9: los importes llevan «$» pero el fichero no dice de qué moneda es; indíquela con --currency "
                    + "(por ejemplo --currency USD, CAD, AUD o MXN) o ponga business.currency en la configuración",
                "… y 1203 problema(s) más, en las líneas 1001–1100, 1205",
            ])
        #expect(
            Self.en.lines(of: failure) == [
                "line 6: invoice B-1 already appears on line 2",
                #"line 7: the lines of invoice X-1 disagree on "ContactName": "Kiwi" and "Other""#,
                #"line 8: the date "04/14/2026" in "InvoiceDate" does not fit the day/month order of the file's other dates; "#
                    + "if the file is the other way round, import it with --dates mdy",
                #"line 9: the amounts are written with "$" but the file does not say which currency that is; "#
                    + "say it with --currency (for example --currency USD, CAD, AUD or MXN) or set business.currency in the configuration",
                "… and 1203 more problem(s), on lines 1001–1100, 1205",
            ])
    }

    @Test func theImportReportReadsAsBefore() {
        var read = ImportReadReport(format: .zoho, detected: true)
        read.dataLines = 14
        read.invoices = 3
        read.skipped = [.draft: 3]
        read.otherLines = 2
        read.dueAssumed = 1
        read.unknownStatuses = ["Pendiente": 2, "Enviada": 1]
        var summary = ImportSummary()
        summary.dryRun = true
        for n in ["Z-1", "Z-2", "Z-3"] { summary.created.add(n) }
        #expect(
            ImportCommand.report(summary, read, Self.es) == """
                Simulación (no se ha cambiado nada):
                Exportación de Zoho Invoice reconocida: 14 línea(s) → 3 factura(s), 3 borrador(es) ignorado(s) \
                (y 2 línea(s) de título, sección, totales u otras cuentas)
                Facturas nuevas: 3 (Z-1, Z-2, Z-3)
                Sin vencimiento ni condiciones de pago en 1 factura(s): vencen a los 30 días de la emisión (por defecto; cámbielo con --terms).
                Estados que no conozco, tomados como pendientes de cobro: «Enviada» (1), «Pendiente» (2).
                """)
        read.termDays = 45
        read.termDaysGiven = true
        #expect(
            ImportCommand.report(summary, read, Self.en) == """
                Dry run (nothing was changed):
                Zoho Invoice export recognised: 14 line(s) → 3 invoice(s), 3 draft(s) skipped \
                (and 2 title, section, total or other-account line(s))
                New invoices: 3 (Z-1, Z-2, Z-3)
                No due date or payment terms on 1 invoice(s): due 45 days after issue (--terms 45).
                Statuses I don't know, taken as still owed: "Enviada" (1), "Pendiente" (2).
                """)
        #expect(
            ImportCommand.recognition(ImportReadReport(format: .cobrador, detected: true), Self.en) == "cobrador format: 0 line(s) → 0 invoice(s)")
    }

    @Test func theGreetingTheDemoAndTheProgressUnitInBothLanguages() {
        #expect(Self.es("chat.greeting") == "cobrador — pregúntame «¿quién me debe?», «recordar a Acme»… («ayuda» para más, «salir» para terminar)")
        #expect(Self.en("chat.greeting") == #"cobrador — ask me "who owes me?", "remind Acme"… ("help" for more, "exit" to leave)"#)
        #expect(Self.es("demo.intro") == "Datos de demostración: diez clientes en EUR, USD y MXN, uno en cada punto del seguimiento.")
        #expect(Self.en("demo.question") == "who owes me?")
        #expect(Self.es("import.progress_unit") == "facturas")
    }

    @Test func aCommandErrorIsOneSentenceInTheUsersLanguage() {
        let error = CLIError("import.error.bad_terms", CommandErrorView(value: "treinta"))
        #expect(error.message(.es) == "--terms «treinta»: un número de días, por ejemplo --terms 30.")
        #expect(error.message(.en) == #"--terms "treinta": a number of days, for example --terms 30."#)
        #expect(Self.es("cli.error.unexpected").hasPrefix("Algo ha fallado por dentro"))
        #expect(!Self.en("cli.error.unexpected").contains("Error:"))
    }

    @Test func aWebhookErrorNamesTheStatusAndTheTries() {
        let gaveUp = WebhookPostError.gaveUp(status: 503, reason: "server error", attempts: 3)
        #expect(gaveUp.message(in: .en) == "The chat still answered HTTP 503 after 3 tries; try again later.")
        #expect(gaveUp.message(in: .es) == "El chat seguía respondiendo HTTP 503 tras 3 intentos; inténtalo más tarde.")
        let network = WebhookPostError.gaveUp(status: nil, reason: "connection refused", attempts: 1)
        #expect(
            network.message(in: .es) == "No se pudo contactar con el chat tras 1 intento (connection refused); revisa la red e inténtalo más tarde.")
        #expect(
            WebhookPostError.rejected(status: 404, attempts: 1).message(in: .en).hasPrefix("The chat refused the message with HTTP 404 after 1 try;"))
    }

    @Test func noScheduleSaysHowToAddOne() {
        let report = ScheduleReport(schedule: nil, lastRun: nil, now: Date(), words: Self.es)
        #expect(report.text == "No hay resumen programado: añade una sección schedule: digest: al fichero de configuración (ver README).")
    }
}
