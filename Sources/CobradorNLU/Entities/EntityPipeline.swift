/// Runs the scanners in the order that resolves their overlaps: the most self-evident shapes
/// (e-mails, invoice codes, numeric dates, phones) claim their characters first, then money, client
/// names, the word-based dates and cues over what is left, and last the names that look like a client
/// but are not in the book. Quoted text is only marked: what a client wrote is evidence, and its
/// entities count ("«la F-2026-088 la pagamos el viernes» apúntalo"), unless it is a draft under review.
enum EntityPipeline {
    static func extract(
        _ ctx: inout ExtractionContext, gazetteer: ClientGazetteer?, invoices: InvoiceDirectory,
        isCommon: (String) -> Bool
    ) {
        if let (s, e) = QuoteScanner.quoted(ctx.text), ctx.text.tokenRange(coveringChars: s, e).count >= 2 {
            ctx.quotes.append((s, e))
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
        FlowCueScanner.scan(&ctx)
        if gazetteer != nil {
            UnknownClientScanner.scan(&ctx, gazetteer: gazetteer, isCommon: isCommon)
        }
    }
}
