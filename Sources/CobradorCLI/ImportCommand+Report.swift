import CobradorContent
import CobradorCore
import Foundation

/// What `cobrador import` says after reading a file, in Spanish or English.
extension ImportCommand {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func report(_ s: ImportSummary, _ r: ImportReadReport, _ lang: Language) -> String {
        let es = lang == .es
        var lines: [String] = []
        if s.dryRun { lines.append(es ? "Simulación (no se ha cambiado nada):" : "Dry run (nothing was changed):") }
        lines.append(recognition(r, lang))
        func list(_ t: ImportTally) -> String { t.sample.joined(separator: ", ") + (t.count > t.sample.count ? ", …" : "") }
        if !s.created.isEmpty { lines.append((es ? "Facturas nuevas: " : "New invoices: ") + "\(s.created.count) (\(list(s.created)))") }
        if !s.updated.isEmpty { lines.append((es ? "Actualizadas: " : "Updated: ") + "\(s.updated.count) (\(list(s.updated)))") }
        if !s.unchanged.isEmpty { lines.append((es ? "Sin cambios: " : "Unchanged: ") + "\(s.unchanged.count)") }
        if !s.clientsCreated.isEmpty {
            lines.append((es ? "Clientes nuevos: " : "New clients: ") + "\(s.clientsCreated.count) (\(list(s.clientsCreated)))")
        }
        if !s.removed.isEmpty {
            lines.append(
                es
                    ? "Retiradas (el fichero ya no las da por debidas): \(s.removed.count) (\(list(s.removed)))"
                    : "Taken out (the file no longer gives them as owed): \(s.removed.count) (\(list(s.removed)))")
        }
        if !s.keptWithHistory.isEmpty {
            lines.append(
                es
                    ? "No debidas según el fichero, pero con pagos o gestiones anotados en cobrador, así que no las he tocado: "
                        + "\(s.keptWithHistory.count) (\(list(s.keptWithHistory)))"
                    : "Not owed according to the file, but with payments or follow-ups recorded in cobrador, so I left them: "
                        + "\(s.keptWithHistory.count) (\(list(s.keptWithHistory)))")
        }
        if s.created.isEmpty && s.updated.isEmpty && s.unchanged.isEmpty {
            lines.append(es ? "El fichero no tiene facturas." : "The file has no invoices.")
        }
        if r.dueAssumed > 0 {
            let how = r.termDaysGiven ? "--terms \(r.termDays)" : (es ? "por defecto; cámbielo con --terms" : "the default; change it with --terms")
            lines.append(
                es
                    ? "Sin vencimiento ni condiciones de pago en \(r.dueAssumed) factura(s): vencen a los \(r.termDays) días de la emisión (\(how))."
                    : "No due date or payment terms on \(r.dueAssumed) invoice(s): due \(r.termDays) days after issue (\(how)).")
        }
        if r.dueFromTerms > 0 {
            lines.append(
                es
                    ? "Vencimiento calculado con las condiciones de pago del fichero en \(r.dueFromTerms) factura(s)."
                    : "Due date worked out from the file's payment terms on \(r.dueFromTerms) invoice(s).")
        }
        if !r.dueBeforeIssued.isEmpty {
            lines.append(
                es
                    ? "Aviso: \(r.dueBeforeIssued.count) factura(s) vencen antes de su fecha de emisión (\(list(r.dueBeforeIssued))); "
                        + "las importo tal cual."
                    : "Note: \(r.dueBeforeIssued.count) invoice(s) fall due before their issue date (\(list(r.dueBeforeIssued))); "
                        + "imported as they are.")
        }
        if r.defaultCurrencyUsed > 0, let code = r.defaultCurrency?.code {
            lines.append(
                es
                    ? "Moneda \(code) (de --currency o de la configuración) en \(r.defaultCurrencyUsed) factura(s) en las que el fichero no la dice."
                    : "Currency \(code) (from --currency or the configuration) on \(r.defaultCurrencyUsed) invoice(s) where the file does not say.")
        }
        if !r.unknownStatuses.isEmpty {
            let words = r.unknownStatuses.sorted { $0.key < $1.key }.map { "«\($0.key)» (\($0.value))" }.joined(separator: ", ")
            lines.append(
                es
                    ? "Estados que no conozco, tomados como pendientes de cobro: \(words)."
                    : "Statuses I don't know, taken as still owed: \(words.replacingOccurrences(of: "«", with: "\"").replacingOccurrences(of: "»", with: "\""))."
            )
        }
        if !r.balanceAboveTotal.isEmpty {
            lines.append(
                es
                    ? "El saldo pendiente supera el total en \(r.balanceAboveTotal.count) factura(s) (\(list(r.balanceAboveTotal))): cuento el saldo."
                    : "The balance is above the total on \(r.balanceAboveTotal.count) invoice(s) (\(list(r.balanceAboveTotal))): I count the balance."
            )
        }
        if !r.overpaid.isEmpty {
            lines.append(
                es
                    ? "Cobrado más que el total en \(r.overpaid.count) factura(s) (\(list(r.overpaid))): las doy por pagadas."
                    : "Paid more than the total on \(r.overpaid.count) invoice(s) (\(list(r.overpaid))): taken as paid in full.")
        }
        if !r.partialWithoutAmount.isEmpty {
            lines.append(
                es
                    ? "«Cobro parcial» sin importe en \(r.partialWithoutAmount.count) factura(s) (\(list(r.partialWithoutAmount))): "
                        + "las cuento como pendientes enteras; anote el pago con «X pagó …»."
                    : "\"Partially paid\" without an amount on \(r.partialWithoutAmount.count) invoice(s) (\(list(r.partialWithoutAmount))): "
                        + "counted as wholly owed; record the payment with \"X paid …\".")
        }
        if r.paymentsWithoutInvoice > 0 {
            lines.append(
                es
                    ? "\(r.paymentsWithoutInvoice) pago(s) de facturas que no están en el fichero: ignorados."
                    : "\(r.paymentsWithoutInvoice) payment(s) of invoices that are not in the file: skipped.")
        }
        if s.futurePaymentsDatedToday > 0 {
            lines.append(
                es
                    ? "\(s.futurePaymentsDatedToday) pago(s) con fecha futura anotados con la fecha de hoy."
                    : "\(s.futurePaymentsDatedToday) payment(s) dated in the future recorded as of today.")
        }
        if r.format.name == ExportFormat.cobrador.name, !r.unusedColumns.isEmpty {
            let names = r.unusedColumns.prefix(8).joined(separator: ", ") + (r.unusedColumns.count > 8 ? ", …" : "")
            lines.append(es ? "Columnas que no uso: \(names)." : "Columns I don't use: \(names).")
        }
        return lines.joined(separator: "\n")
    }

    /// "Exportación de Zoho Invoice reconocida: 14 líneas → 3 facturas, 3 borradores ignorados".
    static func recognition(_ r: ImportReadReport, _ lang: Language) -> String {
        let es = lang == .es
        let what: String
        if r.format.name == ExportFormat.cobrador.name {
            what = es ? "Formato de cobrador" : "cobrador format"
        } else if r.detected {
            what = es ? "Exportación de \(r.format.title) reconocida" : "\(r.format.title) export recognised"
        } else {
            what = es ? "Leído como exportación de \(r.format.title)" : "Read as a \(r.format.title) export"
        }
        var parts = [es ? "\(r.invoices) factura(s)" : "\(r.invoices) invoice(s)"]
        let skipped: [(InvoiceStanding, String, String)] = [
            (.draft, "borrador(es) ignorado(s)", "draft(s) skipped"), (.voided, "anulada(s) ignorada(s)", "voided skipped"),
            (.cancelled, "cancelada(s) ignorada(s)", "cancelled skipped"),
            (.writtenOff, "incobrable(s) ignorada(s)", "written off skipped"),
        ]
        for (standing, esText, enText) in skipped {
            if let n = r.skipped[standing], n > 0 { parts.append("\(n) " + (es ? esText : enText)) }
        }
        if r.notInvoices > 0 {
            parts.append(
                es
                    ? "\(r.notInvoices) documento(s) que no son facturas (abonos, presupuestos…) ignorado(s)"
                    : "\(r.notInvoices) non-invoice document(s) (credit notes, estimates…) skipped")
        }
        if r.zeroInvoices > 0 {
            parts.append(es ? "\(r.zeroInvoices) factura(s) a cero ignorada(s)" : "\(r.zeroInvoices) zero-total invoice(s) skipped")
        }
        var line = "\(what): \(r.dataLines) " + (es ? "línea(s)" : "line(s)") + " → " + parts.joined(separator: ", ")
        if r.otherLines > 0 {
            line +=
                es
                ? " (y \(r.otherLines) línea(s) de título, sección, totales u otras cuentas)"
                : " (and \(r.otherLines) title, section, total or other-account line(s))"
        }
        return line
    }

    /// `cobrador import --formats`: each format, how it is recognised and the columns it reads.
    static func formatList(_ lang: Language) -> String {
        let es = lang == .es
        var out = [
            es
                ? "Formatos que lee cobrador import (se reconocen por la cabecera; --format NOMBRE fuerza uno):"
                : "Formats cobrador import reads (recognised by their header; --format NAME forces one):"
        ]
        for f in ExportFormat.catalog {
            out.append("")
            out.append("\(f.name) — \(f.title)")
            for field in ImportField.allCases {
                guard let names = f.columns[field], !names.isEmpty else { continue }
                out.append("    \(field.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(names.joined(separator: " | "))")
            }
        }
        out.append("")
        out.append(
            es
                ? "Además de los de cada formato, se aceptan los nombres habituales en inglés y español (p. ej. «Fecha vencimiento», "
                    + "«Amount due»). Para otra columna: --map CAMPO=\"Columna\", p. ej. --map due=\"Fecha vencimiento\"."
                : "Besides each format's own names, the usual English and Spanish ones are accepted (e.g. \"Amount due\", "
                    + "\"Fecha vencimiento\"). For any other column: --map FIELD=\"Column\", e.g. --map due=\"Due on\".")
        return out.joined(separator: "\n")
    }
}

extension AppContext {
    /// The configuration alone, without opening the database.
    static func configurationOnly(
        _ options: CobradorCommand, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> AppConfiguration {
        do {
            return try AppConfiguration.load(path: options.config, environment: environment)
        } catch {
            throw CLIError(es: "Configuración no válida: \(error)", en: "Invalid configuration: \(error)")
        }
    }
}
