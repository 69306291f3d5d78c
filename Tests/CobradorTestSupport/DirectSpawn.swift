import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Darwin's spawn file actions are an opaque pointer that init allocates; glibc's a struct filled in place.
#if canImport(Darwin)
private typealias SpawnFileActions = posix_spawn_file_actions_t?
#else
private typealias SpawnFileActions = posix_spawn_file_actions_t
#endif

/// Runs a program to its end with posix_spawn and waitpid, sharing no descriptor above stderr with it.
/// For programs that leave a daemon behind (tmux starts its server): Foundation's `Process` learns of
/// an exit from a socket it hands to the child, so whatever inherits that socket decides when the
/// wait ends; here the wait is on the pid itself, and bounded.
public enum DirectSpawn {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The exit status; output goes to `stdoutPath` (created or truncated), stdin and stderr to /dev/null.
    public static func run(_ path: String, _ arguments: [String], stdoutPath: String, timeout: Duration = .seconds(20)) throws -> Int32 {
        #if canImport(Darwin)
        var actions: SpawnFileActions = nil
        #else
        var actions = SpawnFileActions()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        closeFrom3(&actions)

        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // This process's environment, from Foundation: Darwin's overlay has no `environ`.
        let envp: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var pid: pid_t = 0
        let spawned = envp.withUnsafeBufferPointer { posix_spawn(&pid, path, &actions, nil, argv, $0.baseAddress) }
        guard spawned == 0 else { throw Failure(description: "posix_spawn \(path): \(String(cString: strerror(spawned)))") }

        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped == -1 && errno != EINTR { throw Failure(description: "waitpid: \(String(cString: strerror(errno)))") }
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw Failure(description: "\(path) \(arguments.joined(separator: " ")) did not end within \(timeout)")
            }
            usleep(2_000)
        }
        return (status >> 8) & 0xff
    }

    /// glibc's posix_spawn_file_actions_addclosefrom_np (2.34+), which the Glibc module does not
    /// import; without it, every possibly open descriptor is closed one by one.
    private static func closeFrom3(_ actions: inout SpawnFileActions) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<SpawnFileActions>, Int32) -> Int32
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        } else {
            for fd in 3..<Int32(getdtablesize()) where fcntl(fd, F_GETFD) != -1 {
                posix_spawn_file_actions_addclose(&actions, fd)
            }
        }
    }
}
