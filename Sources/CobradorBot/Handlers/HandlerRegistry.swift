import CobradorNLU

/// The handler of each intent. An intent without one (a user's extra intent, or one whose handler is
/// not written yet) gets the fallback.
struct HandlerRegistry: Sendable {
    private var handlers: [IntentName: any IntentHandler]
    let fallback: any IntentHandler

    init(_ handlers: [IntentName: any IntentHandler], fallback: any IntentHandler = FallbackHandler()) {
        self.handlers = handlers
        self.fallback = fallback
    }

    func handler(for intent: IntentName) -> any IntentHandler { handlers[intent] ?? fallback }

    func hasHandler(for intent: IntentName) -> Bool { handlers[intent] != nil }

    static let standard = HandlerRegistry([
        .whoOwes: WhoOwesHandler(),
        .listOverdue: ListOverdueHandler(),
        .clientStatus: ClientStatusHandler(),
        .nextStep: NextStepHandler(),
        .agenda: AgendaHandler(),
        .draftReminder: DraftReminderHandler(),
        .sendReminder: SendReminderHandler(),
        .demandLetter: DemandLetterHandler(),
        .lateFee: LateFeeHandler(),
        .recordPayment: RecordPaymentHandler(),
        .logContact: LogContactHandler(),
        .promiseToPay: PromiseToPayHandler(),
        .addInvoice: AddInvoiceHandler(),
        .updateContact: UpdateContactHandler(),
        .pauseFollowup: PauseFollowUpHandler(),
        .checkTone: CheckToneHandler(),
        .paymentBehaviour: PaymentBehaviourHandler(),
        .forecast: ForecastHandler(),
        .undo: UndoHandler(),
        .confirm: NothingPendingHandler(),
        .deny: NothingPendingHandler(),
        .help: FixedReplyHandler(key: "help"),
        .greet: FixedReplyHandler(key: "greet"),
        .thanks: FixedReplyHandler(key: "thanks"),
        .preventionTips: FixedReplyHandler(key: "prevention_tips"),
        .fallback: FallbackHandler(),
    ])
}
