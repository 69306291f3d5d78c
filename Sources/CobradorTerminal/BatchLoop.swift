import Dispatch
import Foundation

/// The `parse --json --batch` loop: one request per input line, one answer line per request, in order.
///
/// Input is read in large blocks; the answers to every complete line of a block are written in one
/// write before the loop waits for more input. A caller that sends one line and waits still gets its
/// answer at once (the answer is written before the next read blocks), while a bulk pipe pays one
/// system call per block instead of one per line. A block with many lines is cut into one contiguous
/// run per worker, answered in parallel and written back in input order: parsing, not the pipe, is
/// what a bulk caller waits for.
public struct BatchLoop {
    /// Next block of input bytes, or nil at end of input.
    let read: () -> [UInt8]?
    let write: ([UInt8]) -> Void
    let answer: @Sendable (BatchRequest) -> String
    let workers: Int

    /// Output is also written once this many bytes are pending, to bound memory on huge blocks.
    static let flushThreshold = 1 << 16
    /// Below this many lines per worker a block is answered on the calling thread: waking threads
    /// would cost more than it saves.
    static let linesPerWorker = 16
    static let runsPerWorker = 4

    public init(
        read: @escaping () -> [UInt8]?, write: @escaping ([UInt8]) -> Void, workers: Int = 1,
        answer: @escaping @Sendable (BatchRequest) -> String
    ) {
        self.read = read
        self.write = write
        self.workers = max(1, workers)
        self.answer = answer
    }

    /// Standard input and output, read and written straight through their file descriptors, one
    /// worker per active core.
    public static func standard(answer: @escaping @Sendable (BatchRequest) -> String) -> BatchLoop {
        BatchLoop(
            read: StandardBytes.read, write: StandardBytes.write,
            workers: ProcessInfo.processInfo.activeProcessorCount, answer: answer)
    }

    public func run() {
        var pending: [UInt8] = []
        var out: [UInt8] = []
        out.reserveCapacity(BatchLoop.flushThreshold * 2)
        while let block = read() {
            pending.append(contentsOf: block)
            guard let last = pending.lastIndex(of: 0x0A) else { continue }
            answerLines(pending[..<last], into: &out)
            pending.removeFirst(last + 1)
            if !out.isEmpty {
                write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { answerLines(pending[...], into: &out) }
        if !out.isEmpty { write(out) }
    }

    /// Answers every line of `text` (lines cut at LF, the last one needing none) in order.
    private func answerLines(_ text: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var lines: [Range<Int>] = []
        var start = text.startIndex
        while let nl = text[start...].firstIndex(of: 0x0A) {
            lines.append(start..<nl)
            start = nl + 1
        }
        lines.append(start..<text.endIndex)
        // Several runs per worker: messages differ in cost, and a worker done early takes the next run
        // instead of waiting for the slowest half.
        let runs = workers > 1 ? min(workers * BatchLoop.runsPerWorker, lines.count / BatchLoop.linesPerWorker) : 1
        guard runs > 1 else {
            for line in lines {
                BatchLoop.handle(text[line], answer: answer, into: &out)
                if out.count >= BatchLoop.flushThreshold {
                    write(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
            return
        }
        // Each run writes only its own slot, so the slots need no lock; they are joined in order.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: runs)
        results.initialize(repeating: [])
        defer { results.deinitialize().deallocate() }
        let per = (lines.count + runs - 1) / runs
        let answer = self.answer
        let cut = lines
        text.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let bytes = buffer
            let base = text.startIndex
            DispatchQueue.concurrentPerform(iterations: runs) { k in
                var chunk: [UInt8] = []
                for line in cut[min(cut.count, k * per)..<min(cut.count, (k + 1) * per)] {
                    let slice = UnsafeBufferPointer(rebasing: bytes[(line.lowerBound - base)..<(line.upperBound - base)])
                    BatchLoop.handle(slice, answer: answer, into: &chunk)
                }
                results[k] = chunk
            }
        }
        for k in 0..<runs {
            out.append(contentsOf: results[k])
            if out.count >= BatchLoop.flushThreshold {
                write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
    }

    private static func handle<Bytes: Collection<UInt8>>(
        _ raw: Bytes, answer: (BatchRequest) -> String,
        into out: inout [UInt8]
    ) {
        var line = Array(raw)
        if line.last == 0x0D { line.removeLast() }
        // Blank lines get no answer (as before): they carry no request.
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
        let text = answer(BatchRequest(line: line))
        out.append(contentsOf: text.utf8)
        out.append(0x0A)
    }
}

/// Standard input and output as raw bytes.
enum StandardBytes {
    static func read() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
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
