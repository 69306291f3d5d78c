import Foundation

/// Where the bytes of an import come from, read in chunks so that a file is never held whole in memory.
public protocol ByteSource: AnyObject {
    /// Fills the start of `buffer` and returns how many bytes were written; 0 only at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// The size of the whole input when known (for progress), else nil.
    var totalBytes: Int? { get }
}

/// A file read with plain `read(2)` calls: no mapping, no Foundation buffering.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    public let totalBytes: Int?

    /// Nil when the file cannot be opened for reading.
    public init?(path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else {
            close(fd)
            return nil
        }
        descriptor = fd
        totalBytes = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    }

    deinit { close(descriptor) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = Foundation.read(descriptor, base, buffer.count)
            if n >= 0 { return n }
            if errno != EINTR { throw ByteSourceError.unreadable(errno: errno) }
        }
    }
}

/// Bytes already in memory: tests, the demo, `InvoiceCSVParser.parse(text)`.
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public convenience init(_ text: String) { self.init(Array(text.utf8)) }

    public var totalBytes: Int? { bytes.count }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - position)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: n)
        }
        position += n
        return n
    }
}

/// Bytes already read (while sniffing the layout) followed by the rest of the source.
final class PrefixedByteSource: ByteSource {
    private let prefix: [UInt8]
    private var position = 0
    private let rest: any ByteSource

    init(prefix: [UInt8], rest: any ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    var totalBytes: Int? { rest.totalBytes }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if position < prefix.count {
            let n = min(buffer.count, prefix.count - position)
            prefix.withUnsafeBytes { source in
                buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: n)
            }
            position += n
            return n
        }
        return try rest.read(into: buffer)
    }
}

public enum ByteSourceError: Error, Hashable, Sendable {
    case unreadable(errno: Int32)
}
