import Foundation

/// The id that ties a request's log lines together and comes back in `X-Request-Id`. An id from a proxy in
/// front is kept when it is short and plain (so it cannot forge log lines); otherwise a new one is made.
enum RequestID {
    static func from(incoming header: String?) -> String {
        if let header, (1...64).contains(header.utf8.count),
            header.utf8.allSatisfy({ byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x2D || byte == 0x5F || byte == 0x2E
            })
        {
            return header
        }
        return make()
    }

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bits = generator.next() as UInt64
        let hex = String(bits, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
