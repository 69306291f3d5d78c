import Crypto

/// Comparisons that take the same time whatever the inputs, so a caller cannot learn a secret
/// byte by byte from response times.
enum ConstantTime {
    /// Equal length byte sequences compared without an early exit; different lengths are unequal
    /// (the length of a digest is not a secret).
    static func equal(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(lhs, rhs) {
            difference |= left ^ right
        }
        return difference == 0
    }

    /// Compares two secrets of any length: both are hashed first, so neither the length nor the
    /// content of the expected secret leaks through timing.
    static func equalSecrets(_ given: String, _ expected: String) -> Bool {
        equal(Array(SHA256.hash(data: Array(given.utf8))), Array(SHA256.hash(data: Array(expected.utf8))))
    }
}
