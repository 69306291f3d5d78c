import CobradorCore

/// `cobrador digest --schedule`: the schedule, its targets (hosts only), the next run and the last one.
public struct ScheduleReportView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["schedule.report"]

    /// The last recorded run: its day and how it ended.
    public struct Run: Codable, Sendable, Hashable {
        public var day: String
        public var succeeded: Bool?
        public var failed: Bool?
        public var started: Bool?
        /// Why it failed.
        public var detail: String?

        public init(day: String, succeeded: Bool = false, failed: Bool = false, started: Bool = false, detail: String? = nil) {
            self.day = day
            self.succeeded = succeeded ? true : nil
            self.failed = failed ? true : nil
            self.started = started ? true : nil
            self.detail = detail
        }
    }

    /// The days, already in words.
    public var days: String
    public var time: String
    public var zone: String
    public var targets: String
    /// The next run in the schedule's zone, and in UTC.
    public var next: String
    public var utc: String
    public var lastRun: Run?

    public init(days: String, time: String, zone: String, targets: String, next: String, utc: String, lastRun: Run?) {
        self.days = days
        self.time = time
        self.zone = zone
        self.targets = targets
        self.next = next
        self.utc = utc
        self.lastRun = lastRun
    }
}
