import CobradorCore

extension ParseResult: Encodable {
    private enum Keys: String, CodingKey {
        case text, lang, intent, confidence, entities, alternatives
        case decidedBy = "decided_by"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(text, forKey: .text)
        try c.encode(language.rawValue, forKey: .lang)
        try c.encode(intent, forKey: .intent)
        try c.encode(ParseResult.rounded(confidence), forKey: .confidence)
        try c.encode(entities, forKey: .entities)
        try c.encode(
            alternatives.map { IntentAlternative(intent: $0.intent, confidence: ParseResult.rounded($0.confidence)) },
            forKey: .alternatives)
        try c.encodeIfPresent(decidedBy, forKey: .decidedBy)
    }

    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// One line of JSON, keys in the documented order, valid for any input text.
    public func jsonLine() -> String {
        var out = "{\"text\":"
        out.reserveCapacity(160 + 2 * text.utf8.count + 96 * entities.count)
        JSONWriter.string(text, into: &out)
        out += ",\"lang\":\"\(language.rawValue)\",\"intent\":"
        JSONWriter.string(intent, into: &out)
        out += ",\"confidence\":" + JSONWriter.number(confidence) + ",\"entities\":["
        for (k, e) in entities.enumerated() {
            if k > 0 { out += "," }
            e.writeJSON(into: &out)
        }
        out += "],\"alternatives\":["
        for (k, a) in alternatives.enumerated() {
            if k > 0 { out += "," }
            out += "{\"intent\":"
            JSONWriter.string(a.intent, into: &out)
            out += ",\"confidence\":" + JSONWriter.number(a.confidence) + "}"
        }
        out += "]"
        if let decidedBy { out += ",\"decided_by\":{\"start\":\(decidedBy.start),\"end\":\(decidedBy.end)}" }
        out += "}"
        return out
    }
}

extension Entity: Encodable {
    private enum Keys: String, CodingKey { case type, value, candidates, amount, currency, text, start, end }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(kind.rawValue, forKey: .type)
        if kind == .money {
            try c.encodeIfPresent(amount, forKey: .amount)
            try c.encodeIfPresent(currency?.code, forKey: .currency)
        } else {
            try c.encodeIfPresent(kind == .days ? nil : value, forKey: .value)
            if kind == .days, let number { try c.encode(number, forKey: .value) }
        }
        if !candidates.isEmpty { try c.encode(candidates, forKey: .candidates) }
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }

    func writeJSON(into out: inout String) {
        out += "{\"type\":\"\(kind.rawValue)\""
        if kind == .money {
            if let amount {
                out += ",\"amount\":"
                JSONWriter.string(amount, into: &out)
            }
            if let currency { out += ",\"currency\":\"\(currency.code)\"" }
        } else if kind == .days, let number {
            out += ",\"value\":\(number)"
        } else if let value {
            out += ",\"value\":"
            JSONWriter.string(value, into: &out)
        }
        if !candidates.isEmpty {
            out += ",\"candidates\":["
            for (k, name) in candidates.enumerated() {
                if k > 0 { out += "," }
                JSONWriter.string(name, into: &out)
            }
            out += "]"
        }
        out += ",\"text\":"
        JSONWriter.string(text, into: &out)
        out += ",\"start\":\(start),\"end\":\(end)}"
    }
}

/// Minimal JSON text writing: escapes quotes, backslashes, control characters and the two
/// line separators JavaScript chokes on; everything else passes through as UTF-8.
enum JSONWriter {
    static func string(_ s: String, into out: inout String) {
        // Most texts need no escape: appended whole, not scalar by scalar.
        guard needsEscape(s) else {
            out += "\""
            out += s
            out += "\""
            return
        }
        out.unicodeScalars.append("\"")
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0..<0x20, 0x7F, 0x2028, 0x2029:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        out.unicodeScalars.append("\"")
    }

    /// True when `s` holds a quote, a backslash, a control character or U+2028/U+2029 (E2 80 A8/A9 in UTF-8).
    static func needsEscape(_ s: String) -> Bool {
        var before: UInt8 = 0
        var last: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return true }
            if before == 0xE2, last == 0x80, b == 0xA8 || b == 0xA9 { return true }
            before = last
            last = b
        }
        return false
    }

    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let milli = Int((x * 1000).rounded())
        let whole = milli / 1000
        var frac = String(abs(milli % 1000))
        while frac.count < 3 { frac = "0" + frac }
        while frac.hasSuffix("0") { frac.removeLast() }
        return frac.isEmpty ? "\(whole)" : "\(whole).\(frac)"
    }
}
