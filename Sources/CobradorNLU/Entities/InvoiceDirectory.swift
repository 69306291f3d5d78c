/// The user's invoice numbers, normalised for look-up, with an index of their numeric tails.
struct InvoiceDirectory: Sendable {
    private var byKey: [String: (number: String, client: Int64)] = [:]
    private var byTail: [Int: [(number: String, client: Int64)]] = [:]

    init(_ numbers: [String: Int64]) {
        for (number, client) in numbers {
            byKey[InvoiceDirectory.key(number)] = (number, client)
            if let tail = number.split(whereSeparator: { !$0.isNumber }).last, tail.count >= 2, let v = Int(tail) {
                byTail[v, default: []].append((number, client))
            }
        }
    }

    var isEmpty: Bool { byKey.isEmpty }

    static func key(_ s: String) -> String {
        String(s.uppercased().unicodeScalars.filter { CharacterSetASCII.isAlnum($0) })
    }

    func lookup(_ raw: String) -> (number: String, client: Int64)? {
        let k = InvoiceDirectory.key(raw)
        return k.isEmpty ? nil : byKey[k]
    }

    func uniqueTail(_ digits: String) -> (number: String, client: Int64)? {
        guard digits.count <= 9, let v = Int(digits), let list = byTail[v], list.count == 1 else { return nil }
        return list[0]
    }
}

enum CharacterSetASCII {
    static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }
}
