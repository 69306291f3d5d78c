import Foundation

/// The `parse --json --batch` loop: one request per input line, one answer line per request, in order.
///
/// Input is read in large blocks; the answers to every complete line of a block are written in one
/// write before the loop waits for more input. A caller that sends one line and waits still gets its
/// answer at once (the answer is written before the next read blocks), while a bulk pipe pays one
/// system call per block instead of one per line.
public struct BatchLoop {
    /// Next block of input bytes, or nil at end of input.
    let read: () -> [UInt8]?
    let write: ([UInt8]) -> Void
    let answer: (BatchRequest) -> String

    /// Output is also written once this many bytes are pending, to bound memory on huge blocks.
    static let flushThreshold = 1 << 16

    public init(read: @escaping () -> [UInt8]?, write: @escaping ([UInt8]) -> Void, answer: @escaping (BatchRequest) -> String) {
        self.read = read
        self.write = write
        self.answer = answer
    }

    /// Standard input and output, read and written straight through their file descriptors.
    public static func standard(answer: @escaping (BatchRequest) -> String) -> BatchLoop {
        BatchLoop(read: StandardBytes.read, write: StandardBytes.write, answer: answer)
    }

    public func run() {
        var pending: [UInt8] = []
        var out: [UInt8] = []
        out.reserveCapacity(BatchLoop.flushThreshold * 2)
        while let block = read() {
            pending.append(contentsOf: block)
            var start = 0
            while let nl = pending[start...].firstIndex(of: 0x0A) {
                handle(pending[start..<nl], into: &out)
                start = nl + 1
                if out.count >= BatchLoop.flushThreshold {
                    write(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
            pending.removeFirst(start)
            if !out.isEmpty {
                write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { handle(pending[...], into: &out) }
        if !out.isEmpty { write(out) }
    }

    private func handle(_ raw: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var line = raw
        if line.last == 0x0D { line = line.dropLast() }
        // Blank lines get no answer (as before): they carry no request.
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
        let text = answer(BatchRequest(line: Array(line)))
        out.append(contentsOf: text.utf8)
        out.append(0x0A)
    }
}

/// Standard input and output as raw bytes.
enum StandardBytes {
    static func read() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n > 0 { return Array(buffer[0..<n]) }
            if n < 0 && errno == EINTR { continue }
            return nil
        }
    }

    static func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if n > 0 {
                offset += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
