import Hummingbird

/// `GET /healthz` → `{"status": "ok"}`; `GET /hello` → `hello` (a baseline for the load script).
struct HealthRoute: Sendable {
    struct Status: ResponseEncodable {
        let status: String
    }

    func health(_ request: Request, context: ChatRequestContext) -> Status {
        Status(status: "ok")
    }

    func hello(_ request: Request, context: ChatRequestContext) -> String {
        "hello"
    }
}
