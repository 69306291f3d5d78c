/// A reply with nothing to fill in: greetings, help, refusals, fixed labels and phrases.
public struct MessageView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "draft.ask_for_date", "fallback", "greet", "thanks", "help", "prevention_tips", "confirm.cancelled", "confirm.nothing_pending",
        "slot.cancelled", "write.refused", "undo.hint", "undo.nothing", "error.unknown_client", "error.non_positive",
        "tone.which_text", "tone.ok", "client.none_on_record", "invoice_add.which_client", "invoice_add.warn_no_due",
        "invoice_add.warn_terms", "late_fee.rate_check", "letter.no_sender", "mail.cancelled", "mail.nothing_to_send",
        "tone.rewrite.insult", "tone.rewrite.bad_faith", "tone.rewrite.threat", "tone.rewrite.shouting", "tone.rewrite.blame",
        "tone.rewrite.blunt_imperative", "tone.rewrite.sarcasm",
        "channel.email", "channel.phone", "channel.letter", "channel.meeting", "channel.lawyer",
        "ageing.current", "ageing.days1to30", "ageing.days31to60", "ageing.days61to90", "ageing.over90",
    ]

    public init() {}
}
