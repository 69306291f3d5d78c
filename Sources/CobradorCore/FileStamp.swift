import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's size and modification time, read with one `stat` (no directory listing, no user look-up):
/// cheap enough to check at every start-up or every few milliseconds whether a file changed.
public enum FileStamp {
    /// "size:seconds.nanoseconds", or nil when the file cannot be read.
    public static func of(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return "\(info.st_size):\(modified.tv_sec).\(modified.tv_nsec)"
    }
}
