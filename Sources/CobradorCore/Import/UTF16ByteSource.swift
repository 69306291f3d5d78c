import Foundation

/// Turns a UTF-16 stream (Excel's "Unicode text" export, tab-separated, with a byte-order mark) into
/// UTF-8 as it is read, so the CSV reader only ever sees UTF-8.
final class UTF16ByteSource: ByteSource {
    private let source: any ByteSource
    private let bigEndian: Bool
    private var input = [UInt8](repeating: 0, count: 64 * 1024)
    private var inputStart = 0, inputEnd = 0
    private var output: [UInt8] = []
    private var outputStart = 0
    private var pendingHighSurrogate: UInt16?
    private var ended = false

    init(source: any ByteSource, bigEndian: Bool) {
        self.source = source
        self.bigEndian = bigEndian
        output.reserveCapacity(input.count * 2)
    }

    var totalBytes: Int? { source.totalBytes }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while outputStart == output.count {
            if ended { return 0 }
            try refill()
        }
        let n = min(buffer.count, output.count - outputStart)
        output.withUnsafeBytes { bytes in
            buffer.baseAddress!.copyMemory(from: bytes.baseAddress! + outputStart, byteCount: n)
        }
        outputStart += n
        return n
    }

    private func refill() throws {
        output.removeAll(keepingCapacity: true)
        outputStart = 0
        if inputStart > 0 {
            let left = inputEnd - inputStart
            if left > 0 { input.replaceSubrange(0..<left, with: input[inputStart..<inputEnd]) }
            inputEnd = left
            inputStart = 0
        }
        let n = try input.withUnsafeMutableBytes { try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[inputEnd...])) }
        inputEnd += n
        if n == 0 {
            ended = true
            if pendingHighSurrogate != nil || inputEnd - inputStart == 1 { appendScalar(0xFFFD) }
            return
        }
        while inputEnd - inputStart >= 2 {
            let a = UInt16(input[inputStart])
            let b = UInt16(input[inputStart + 1])
            inputStart += 2
            let unit = bigEndian ? (a << 8 | b) : (b << 8 | a)
            if let high = pendingHighSurrogate {
                pendingHighSurrogate = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    appendScalar(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00))
                    continue
                }
                appendScalar(0xFFFD)
            }
            if (0xD800...0xDBFF).contains(unit) {
                pendingHighSurrogate = unit
            } else if (0xDC00...0xDFFF).contains(unit) {
                appendScalar(0xFFFD)
            } else {
                appendScalar(UInt32(unit))
            }
        }
    }

    private func appendScalar(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
