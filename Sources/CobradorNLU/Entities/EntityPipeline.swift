/// Runs the scanners in the order that resolves their overlaps: the most self-evident shapes
/// (quotes, e-mails, invoice codes, numeric dates, phones) claim their characters first, then
/// money, client names, and finally the word-based dates and cues over what is left.
enum EntityPipeline {
    static func extract(_ ctx: inout ExtractionContext, gazetteer: ClientGazetteer?, invoices: InvoiceDirectory,
                        isCommon: (String) -> Bool) {
        if let (s, e) = QuoteScanner.quoted(ctx.text), ctx.text.tokenRange(coveringChars: s, e).count >= 3 {
            ctx.add(.quote, start: s, end: e, value: ctx.text.text(s, e))
        }
        EmailScanner.scan(&ctx)
        InvoiceScanner.scan(&ctx, known: invoices)
        DateScanner.scanNumeric(&ctx)
        PhoneScanner.scan(&ctx)
        MoneyScanner.scan(&ctx)
        if let gazetteer {
            ClientMatcher(gazetteer: gazetteer).scan(&ctx, isCommon: isCommon)
        }
        DaysScanner.scan(&ctx)
        DateScanner.scanWords(&ctx)
        CueScanner.scan(&ctx)
    }
}
