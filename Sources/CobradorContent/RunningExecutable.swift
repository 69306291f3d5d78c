import CobradorCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where the running binary is, and its size and modification time, read with two system calls.
/// Not `Bundle.main` and `FileManager.attributesOfItem`: the first lists the binary's whole folder
/// (slow when it lives among thousands of files, as in /tmp), the second looks up the owner's name
/// in /etc/passwd; together they were several milliseconds of every start.
enum RunningExecutable {
    static var path: String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        #endif
        return Bundle.main.executablePath
    }

    static var directory: URL? {
        path.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
    }

    /// Size and modification time of the binary, or nil when it cannot be read.
    static func fingerprint(_ path: String) -> String? { FileStamp.of(path) }
}
