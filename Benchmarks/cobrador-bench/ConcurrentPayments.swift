import AsyncHTTPClient
import CobradorCore
import Foundation
import NIOCore
import NIOHTTP1

/// Payments said in chat through two `serve` instances on one store at once, as a team behind a load
/// balancer sends them: each one a webhook message ("X pagó 12.50 EUR de la F-…") from its own user,
/// understood, applied in its own transaction with its audit entry, and answered. The figure counts only
/// what the store then holds: every payment sent must be in the audit trail exactly once.
struct ConcurrentPayments {
    var count: Int
    var inFlight: Int
    var seed: UInt64

    static let userPrefix = "bench-pay-"

    func run(location: String, binary: URL) async throws -> PhaseResult {
        let store = try await BenchStore.open(location)
        let targets = Self.targets(try await store.openItems(), count: count, seed: seed)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: Self.clientConfiguration(inFlight))
        do {
            let instances = try await ServeInstances.start(2, location: location, binary: binary, client: client)
            let (answers, seconds) = await Stopwatch.timeAwaiting { await send(targets, to: instances.bases, client: client) }
            let serveMB = instances.processes.map { PeakMemory.megabytes(pid: $0.processIdentifier) }.max() ?? 0
            instances.stop()
            try await client.shutdown()
            let applied = try await store.auditTrail(limit: 4 * count + 100)
                .filter { $0.action == "record_payment" && $0.user.hasPrefix(Self.userPrefix) }.count
            // Every payment acknowledged is in the store, and none twice; one not acknowledged (a timeout on a
            // loaded machine) may or may not have been applied, and is reported.
            guard applied >= answers.ok, applied <= targets.count else {
                throw BenchFailure(
                    "\(BenchStore.engine(location)): \(targets.count) payments sent, \(answers.ok) answered 200, "
                        + "\(applied) in the audit trail")
            }
            let unanswered = targets.count - answers.ok
            return PhaseResult(
                phase: "payments, 2 × serve (\(BenchStore.engine(location)))", seconds: seconds, peakMB: serveMB,
                detail: "\(Int(Double(applied) / seconds).grouped) payments/s: \(applied.grouped) webhook messages, "
                    + "\(inFlight) in flight, each applied once (audit trail checked), "
                    + "\(answers.deferred) answered \"working on it\" first (serve's reply deadline)"
                    + (unanswered > 0 ? ", \(unanswered) not answered within 60 s" : "") + "; peak RSS of one serve")
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// `count` different open invoices, the same ones on every run and engine (the same generated book).
    static func targets(_ items: [OpenItem], count: Int, seed: UInt64) -> [OpenItem] {
        var pool = items.sorted { $0.invoiceNumber < $1.invoiceNumber }
        var rng = SplitMix64(seed: seed)
        var chosen: [OpenItem] = []
        while chosen.count < count, !pool.isEmpty {
            chosen.append(pool.removeSwapping(at: Int(rng.next() % UInt64(pool.count))))
        }
        return chosen
    }

    /// How the instances answered: 200 in all (`ok`), of which `deferred` with "working on it" before the
    /// payment's own answer (the payment still goes on and is applied).
    struct Answers {
        var ok = 0
        var deferred = 0
    }

    enum Outcome { case recorded, deferred, failed }

    /// Sends every payment, at most `inFlight` at a time, alternating between the instances.
    private func send(_ targets: [OpenItem], to bases: [String], client: HTTPClient) async -> Answers {
        await withTaskGroup(of: Outcome.self) { group in
            var next = 0
            var answers = Answers()
            func add() {
                let k = next
                next += 1
                group.addTask { await Self.pay(targets[k], user: "\(Self.userPrefix)\(k)", base: bases[k % bases.count], client: client) }
            }
            while next < min(inFlight, targets.count) { add() }
            for await outcome in group {
                if outcome != .failed { answers.ok += 1 }
                if outcome == .deferred { answers.deferred += 1 }
                if next < targets.count { add() }
            }
            return answers
        }
    }

    private static func pay(_ item: OpenItem, user: String, base: String, client: HTTPClient) async -> Outcome {
        let amount = item.outstanding
        let text = "\(item.clientName) pagó \(DataSetGenerator.decimal(amount.minorUnits)) \(amount.currency.code) de la \(item.invoiceNumber)"
        guard let body = try? JSONSerialization.data(withJSONObject: ["text": text, "user": user]) else { return .failed }
        var request = HTTPClientRequest(url: base + "/webhook")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(ServeInstances.token)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: body))
        guard let response = try? await client.execute(request, timeout: .seconds(60)), response.status == .ok,
            let reply = try? await response.body.collect(upTo: 1 << 20),
            let json = try? JSONSerialization.jsonObject(with: Data(reply.readableBytesView)) as? [String: Any]
        else { return .failed }
        return json["intent"] as? String == "record_payment" ? .recorded : .deferred
    }

    static func clientConfiguration(_ inFlight: Int) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: inFlight)
        return configuration
    }
}

extension Array {
    /// Removes and returns the element at `index` in constant time (the last one takes its place).
    fileprivate mutating func removeSwapping(at index: Int) -> Element {
        swapAt(index, count - 1)
        return removeLast()
    }
}
