import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `NO_PROXY` as libcurl reads it: comma-separated host names, each matching itself and its
/// subdomains (a leading dot is allowed: `.example.com` = `example.com`), IP addresses, IPv4
/// ranges in CIDR form (`10.0.0.0/8`), and `*` alone for every host. Case does not matter; a
/// `:port` after an entry is ignored.
public struct NoProxyList: Hashable, Sendable {
    public private(set) var matchesEverything = false
    public private(set) var names: [String] = []
    public private(set) var ranges: [IPv4Range] = []

    public init(parsing value: String?) {
        for raw in (value ?? "").split(whereSeparator: { $0 == "," || $0 == " " }) {
            var entry = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if entry == "*" {
                matchesEverything = true
                continue
            }
            if let range = IPv4Range(entry) {
                ranges.append(range)
                continue
            }
            if entry.hasPrefix("["), let close = entry.firstIndex(of: "]") {
                entry = String(entry[entry.index(after: entry.startIndex)..<close])
            } else if entry.filter({ $0 == ":" }).count == 1, let colon = entry.firstIndex(of: ":") {
                entry = String(entry[..<colon])
            }
            while entry.hasPrefix(".") { entry.removeFirst() }
            while entry.hasSuffix(".") { entry.removeLast() }
            if !entry.isEmpty { names.append(entry) }
        }
    }

    public var isEmpty: Bool { !matchesEverything && names.isEmpty && ranges.isEmpty }

    /// True when requests to `host` go direct.
    public func matches(host: String) -> Bool {
        if matchesEverything { return true }
        var host = host.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        while host.hasSuffix(".") { host.removeLast() }
        if let address = IPv4Range.address(host), ranges.contains(where: { $0.contains(address) }) { return true }
        return names.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}

/// An IPv4 network in CIDR form (`192.168.0.0/16`); a bare address is a /32.
public struct IPv4Range: Hashable, Sendable {
    public var network: UInt32
    public var prefix: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1)
        guard let first = parts.first, let address = Self.address(String(first)) else { return nil }
        let prefix = parts.count > 1 ? Int(parts[1]) : 32
        guard let prefix, (0...32).contains(prefix) else { return nil }
        self.prefix = prefix
        self.network = address & Self.mask(prefix)
    }

    func contains(_ address: UInt32) -> Bool { address & Self.mask(prefix) == network }

    static func mask(_ prefix: Int) -> UInt32 { prefix == 0 ? 0 : UInt32.max << UInt32(32 - prefix) }

    /// The dotted quad as a number, nil when `text` is not one.
    static func address(_ text: String) -> UInt32? {
        var parsed = in_addr()
        guard text.utf8.allSatisfy({ $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            inet_pton(AF_INET, text, &parsed) == 1
        else { return nil }
        return UInt32(bigEndian: parsed.s_addr)
    }
}
