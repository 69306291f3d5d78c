/// Finds e-mail addresses by growing outwards from each "@".
enum EmailScanner {
    static func scan(_ ctx: inout ExtractionContext) {
        let f = ctx.text.folded
        var i = 0
        while i < f.count {
            defer { i += 1 }
            guard f[i] == 0x40 else { continue }
            var s = i
            while s > 0, isLocal(f[s - 1]) { s -= 1 }
            var e = i + 1
            var dots = 0
            while e < f.count, isDomain(f[e]) {
                if f[e] == 0x2E { dots += 1 }
                e += 1
            }
            while e > i + 1, f[e - 1] == 0x2E || f[e - 1] == 0x2D {
                e -= 1
                dots -= (f[e] == 0x2E ? 1 : 0)
            }
            while s < i, f[s] == 0x2E { s += 1 }
            guard s < i, e > i + 3, dots >= 1 else { continue }
            let domain = f[(i + 1)..<e]
            guard let lastDot = domain.lastIndex(of: 0x2E), e - lastDot - 1 >= 2 else { continue }
            let value = ctx.text.text(s, e).lowercased()
            ctx.add(.email, start: s, end: e, value: value)
            i = e
        }
    }

    private static func isLocal(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
    }

    private static func isDomain(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x2D
    }
}
