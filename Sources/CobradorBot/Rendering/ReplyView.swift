import Foundation

/// The typed values one family of templates is filled from. Property names are the template's
/// names in snake_case (`daysText` is `{{days_text}}`); an empty string or a nil counts as absent,
/// so that `{{#name}}…{{/name}}` disappears with it. Tests check that every name a template uses is
/// a property of its view, and that every property is used by one of the view's templates.
public protocol ReplyView: Codable, Sendable {
    /// The template keys this view fills.
    static var templateKeys: Set<String> { get }
}

/// Every view, so that the templates can be checked against them.
public enum ReplyViews {
    public static let all: [any ReplyView.Type] = [
        MessageView.self, ClientView.self, DateView.self, ErrorView.self, InvoiceNumberView.self, CurrencyMismatchView.self,
        UndoneView.self, ClientQuestionView.self, ButtonView.self, ListView.self, CountView.self, ExplanationView.self,
        ToneReviewView.self, ToneIssueView.self, WhoOwesView.self, DebtorAgeView.self, ListOverdueView.self,
        OverdueLineView.self, ClientStatusView.self, StatusInvoiceView.self, PromiseLineView.self, AgendaView.self,
        AdviceView.self, LateFeeView.self, LateFeeInvoiceView.self, AmountView.self, DigestView.self,
        InvoiceOfClientView.self, PaymentQuestionView.self, PaymentView.self, PaymentLineView.self,
        ContactLoggedView.self, ContactEventView.self, PromiseView.self, ContactAddedView.self, PauseView.self,
        InvoiceAddedView.self, DraftView.self, DraftPausedView.self, LetterView.self, LetterInvoiceView.self,
        PaymentMethodView.self, LateFeeClauseView.self, DemandLetterReplyView.self, MailPreviewView.self, MailSentView.self,
        BehaviourView.self, ForecastView.self, ForecastWhyView.self, DaysSalesOutstandingView.self, PaymentSlowdownView.self,
        ForecastDigestView.self,
        MailErrorView.self, UnknownClientView.self,
        CommandTextView.self, CommandErrorView.self, ImportProblemView.self, ImportProblemLineView.self, ImportFailureView.self,
        ImportReportLineView.self, ImportRecognitionView.self, ScheduleReportView.self, DigestPostedView.self, WebhookErrorView.self,
    ]

    /// The view that fills `key`, if any.
    public static func view(for key: String) -> (any ReplyView.Type)? {
        all.first { $0.templateKeys.contains(key) }
    }
}
