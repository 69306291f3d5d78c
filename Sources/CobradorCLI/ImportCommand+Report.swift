import CobradorBot
import CobradorContent
import CobradorCore
import Foundation

/// What `cobrador import` says after reading a file: each line a template of `Responses/*/import.yml`.
extension ImportCommand {
    static func report(_ s: ImportSummary, _ r: ImportReadReport, _ words: Wording) -> String {
        var lines: [String] = []
        if s.dryRun { lines.append(words("import.dry_run")) }
        lines.append(recognition(r, words))
        func list(_ t: ImportTally) -> String { t.sample.joined(separator: ", ") + (t.count > t.sample.count ? ", …" : "") }
        func tally(_ key: String, _ t: ImportTally) {
            if !t.isEmpty { lines.append(words(key, ImportReportLineView(count: t.count, list: list(t)))) }
        }
        func count(_ key: String, _ n: Int) {
            if n > 0 { lines.append(words(key, ImportReportLineView(count: n))) }
        }
        tally("import.created", s.created)
        tally("import.updated", s.updated)
        count("import.unchanged", s.unchanged.count)
        tally("import.clients_created", s.clientsCreated)
        tally("import.removed", s.removed)
        tally("import.kept_with_history", s.keptWithHistory)
        if s.created.isEmpty && s.updated.isEmpty && s.unchanged.isEmpty { lines.append(words("import.no_invoices")) }
        if r.dueAssumed > 0 {
            lines.append(words("import.due_assumed", ImportReportLineView(count: r.dueAssumed, termDays: r.termDays, termsGiven: r.termDaysGiven)))
        }
        count("import.due_from_terms", r.dueFromTerms)
        tally("import.due_before_issued", r.dueBeforeIssued)
        if r.defaultCurrencyUsed > 0, let code = r.defaultCurrency?.code {
            lines.append(words("import.default_currency", ImportReportLineView(count: r.defaultCurrencyUsed, currency: code)))
        }
        if !r.unknownStatuses.isEmpty {
            let statuses = r.unknownStatuses.sorted { $0.key < $1.key }.map { (name: $0.key, count: $0.value) }
            lines.append(words("import.unknown_statuses", ImportReportLineView(statuses: statuses)))
        }
        tally("import.balance_above_total", r.balanceAboveTotal)
        tally("import.overpaid", r.overpaid)
        tally("import.partial_without_amount", r.partialWithoutAmount)
        count("import.payments_without_invoice", r.paymentsWithoutInvoice)
        count("import.future_payments", s.futurePaymentsDatedToday)
        if r.format.name == ExportFormat.cobrador.name, !r.unusedColumns.isEmpty {
            let names = r.unusedColumns.prefix(8).joined(separator: ", ") + (r.unusedColumns.count > 8 ? ", …" : "")
            lines.append(words("import.unused_columns", ImportReportLineView(names: names)))
        }
        return lines.joined(separator: "\n")
    }

    /// "Exportación de Zoho Invoice reconocida: 14 líneas → 3 facturas, 3 borradores ignorados".
    static func recognition(_ r: ImportReadReport, _ words: Wording) -> String {
        var view = ImportRecognitionView(lines: r.dataLines, invoices: r.invoices)
        if r.format.name == ExportFormat.cobrador.name {
            view.cobrador = true
        } else {
            view.title = r.format.title
            if r.detected { view.detected = true } else { view.forced = true }
        }
        func positive(_ n: Int?) -> Int? { (n ?? 0) > 0 ? n : nil }
        view.drafts = positive(r.skipped[.draft])
        view.voided = positive(r.skipped[.voided])
        view.cancelled = positive(r.skipped[.cancelled])
        view.writtenOff = positive(r.skipped[.writtenOff])
        view.notInvoices = positive(r.notInvoices)
        view.zeroTotal = positive(r.zeroInvoices)
        view.otherLines = positive(r.otherLines)
        return words("import.recognition", view)
    }

    /// `cobrador import --formats`: each format, how it is recognised and the columns it reads.
    static func formatList(_ words: Wording) -> String {
        var out = [words("import.formats.header")]
        for f in ExportFormat.catalog {
            out.append("")
            out.append("\(f.name) — \(f.title)")
            for field in ImportField.allCases {
                guard let names = f.columns[field], !names.isEmpty else { continue }
                out.append("    \(field.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(names.joined(separator: " | "))")
            }
        }
        out.append("")
        out.append(words("import.formats.footer"))
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
            throw CLIError("cli.error.invalid_configuration", CommandErrorView(reason: "\(error)"))
        }
    }
}
