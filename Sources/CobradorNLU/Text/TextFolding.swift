/// Folds text to the comparison form used everywhere in the parser: lower case, no accents,
/// so that "Núñez", "NUNEZ" and "nunez" meet. Works per Unicode scalar with a table for the
/// Latin letters Spanish and English use, because `String.folding` is too slow for the hot path.
public enum TextFolding {
    public enum Class: UInt8 { case letter, digit, space, other }

    /// The folded scalar value of one character (its first scalar, so a decomposed "é" still folds to "e").
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> (UInt32, Class) {
        let v = scalar.value
        if v < 0x80 {
            switch v {
            case 0x41...0x5A: return (v + 32, .letter)
            case 0x61...0x7A: return (v, .letter)
            case 0x30...0x39: return (v, .digit)
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return (0x20, .space)
            default: return (v, .other)
            }
        }
        if v >= 0xC0 && v <= 0x17F {
            let mapped = latin[Int(v - 0xC0)]
            if mapped != 0 { return (mapped, .letter) }
        }
        if v == 0xA0 || v == 0x2007 || v == 0x202F || (v >= 0x2000 && v <= 0x200A) || v == 0x3000 || v == 0x85 { return (0x20, .space) }
        let props = scalar.properties
        if props.isAlphabetic {
            if props.isUppercase, let lower = props.lowercaseMapping.unicodeScalars.first { return (lower.value, .letter) }
            return (v, .letter)
        }
        if props.isWhitespace { return (0x20, .space) }
        return (v, .other)
    }

    @inline(__always)
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Quotation marks other than the ASCII ones: « » “ ” ‘ ’ „ ‚ ‹ ›.
    static func isQuoteMark(_ v: UInt32) -> Bool {
        v == 0xAB || v == 0xBB || (v >= 0x2018 && v <= 0x201F) || v == 0x2039 || v == 0x203A
    }

    /// Folds a whole string and collapses runs of three or more equal letters to one ("holaaa" → "hola", "siii" → "si").
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var last: UInt32 = 0
        var run = 0
        var pendingSpace = false
        // Each Character's first scalar decides; when every Character is one scalar, stepping the
        // scalars gives the same and skips the grapheme-breaking rules.
        let simple = AnalyzedText.oneScalarPerCharacter(text)
        let scalars = text.unicodeScalars
        var index = text.startIndex
        while index < text.endIndex {
            let s = scalars[index]
            index = simple ? scalars.index(after: index) : text.index(after: index)
            let (f, cls) = fold(s)
            switch cls {
            case .letter, .digit:
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                if f == last && cls == .letter {
                    run += 1
                } else {
                    run = 1
                    last = f
                }
                if run == 3 {
                    out.removeLast()
                    continue
                }
                if run > 3 { continue }
                if let u = Unicode.Scalar(f) { out.append(u) }
            default:
                pendingSpace = true
                last = 0
                run = 0
            }
        }
        return String(out)
    }

    /// U+00C0…U+017F folded, 0 where the letter has no plain form here: an array, since a
    /// dictionary hashed every accented letter of every message.
    private static let latin: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 0x180 - 0xC0)
        func map(_ from: String, _ to: Character) {
            for s in from.unicodeScalars { t[Int(s.value) - 0xC0] = to.unicodeScalars.first!.value }
        }
        map("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a")
        map("ÇçĆćĈĉĊċČč", "c")
        map("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e")
        map("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i")
        map("ÑñŃńŅņŇň", "n")
        map("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o")
        map("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u")
        map("ÝýÿŶŷŸ", "y")
        map("ĎďĐđÐð", "d")
        map("ĜĝĞğĠġĢģ", "g")
        map("ĤĥĦħ", "h")
        map("ĴĵĶķ", "j")
        map("ĹĺĻļĽľĿŀŁł", "l")
        map("ŔŕŖŗŘř", "r")
        map("ŚśŜŝŞşŠšß", "s")
        map("ŢţŤťŦŧÞþ", "t")
        map("Ŵŵ", "w")
        map("ŹźŻżŽž", "z")
        map("Ææ", "a")
        map("Œœ", "o")
        return t
    }()
}
