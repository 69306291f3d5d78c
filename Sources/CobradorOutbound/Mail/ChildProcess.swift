import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to its end with its standard input fed from memory and its standard error
/// kept, within a time-out. posix_spawn and poll on a thread of its own: the wait never holds a
/// thread of Swift's cooperative pool, and it is bounded by the pid, not by whoever else
/// inherited the pipes. On time-out the child's whole process group is killed.
enum ChildProcess {
    struct Outcome: Sendable {
        /// The exit status, or 128 + the signal that ended it.
        var status: Int32
        var timedOut: Bool
        var standardError: Data
    }

    struct SpawnFailure: Error, Sendable {
        var code: Int32
    }

    /// How long the standard error is still read after the child exited (a grandchild may keep it open).
    static let drainGrace: Duration = .milliseconds(200)
    /// At most this much standard error is kept (the end of it).
    static let maxErrorBytes = 64 * 1024

    static func run(
        executable: String, arguments: [String], environment: [String: String]?, input: Data, timeout: Duration
    ) async throws(SpawnFailure) -> Outcome {
        _ = ignoreSIGPIPE
        let result: Result<Outcome, SpawnFailure> = await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: runBlocking(executable, arguments, environment, input, timeout))
            }
            thread.name = "cobrador-mail-command"
            thread.start()
        }
        return try result.get()
    }

    /// Writing to a child that stopped reading must be an EPIPE, not the end of this process.
    private static let ignoreSIGPIPE: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    private static func runBlocking(
        _ executable: String, _ arguments: [String], _ environment: [String: String]?, _ input: Data, _ timeout: Duration
    ) -> Result<Outcome, SpawnFailure> {
        var inPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        guard makePipe(&inPipe) else { return .failure(SpawnFailure(code: errno)) }
        guard makePipe(&errPipe) else {
            close(inPipe[0])
            close(inPipe[1])
            return .failure(SpawnFailure(code: errno))
        }

        // Darwin's spawn types are opaque pointers that init allocates; glibc's are structs filled in place.
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group (to stop all of it on time-out), default SIGPIPE (ignored here,
        // and an ignored signal stays ignored across exec) and an empty signal mask.
        var defaults = sigset_t()
        var empty = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments.dropFirst()).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // This process's own environment when none is given: from Foundation, as Darwin's overlay has no `environ`.
        let envStrings = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }.sorted()
        let envp: [UnsafeMutablePointer<CChar>?] = envStrings.map { strdup($0) } + [nil]
        defer { for pointer in envp { free(pointer) } }

        var pid: pid_t = 0
        let spawned = envp.withUnsafeBufferPointer { posix_spawn(&pid, executable, &actions, &attributes, argv, $0.baseAddress) }
        close(inPipe[0])
        close(errPipe[1])
        guard spawned == 0 else {
            close(inPipe[1])
            close(errPipe[0])
            return .failure(SpawnFailure(code: spawned))
        }
        return .success(supervise(pid: pid, stdin: inPipe[1], stderr: errPipe[0], input: input, timeout: timeout))
    }

    /// Both ends close-on-exec, so no other child spawned later keeps them open (the Glibc module
    /// does not import pipe2; the window between the two calls is a few instructions).
    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    private static func supervise(pid: pid_t, stdin: Int32, stderr: Int32, input: Data, timeout: Duration) -> Outcome {
        _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
        _ = fcntl(stderr, F_SETFL, fcntl(stderr, F_GETFL) | O_NONBLOCK)
        let bytes = [UInt8](input)
        var written = 0
        var writeFD: Int32 = stdin
        var readFD: Int32 = stderr
        if bytes.isEmpty {
            close(writeFD)
            writeFD = -1
        }
        var errors: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var exitDeadline: ContinuousClock.Instant?
        var status: Int32 = 0
        var exited = false
        var timedOut = false

        while true {
            if !exited {
                let reaped = waitpid(pid, &status, WNOHANG)
                if reaped == pid {
                    exited = true
                    exitDeadline = clock.now + drainGrace
                    if writeFD >= 0 {
                        close(writeFD)
                        writeFD = -1
                    }
                }
            }
            if exited && (readFD < 0 || clock.now >= exitDeadline!) { break }
            if !exited && clock.now >= deadline {
                timedOut = true
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                exited = true
                break
            }
            var fds: [pollfd] = []
            if writeFD >= 0 { fds.append(pollfd(fd: writeFD, events: Int16(POLLOUT), revents: 0)) }
            if readFD >= 0 { fds.append(pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)) }
            if fds.isEmpty {
                usleep(2_000)
                continue
            }
            _ = poll(&fds, nfds_t(fds.count), 10)
            for entry in fds where entry.revents != 0 {
                if entry.fd == writeFD {
                    let count = bytes.withUnsafeBytes { raw in write(writeFD, raw.baseAddress! + written, bytes.count - written) }
                    if count > 0 { written += count }
                    if written == bytes.count || (count < 0 && errno != EAGAIN && errno != EINTR) {
                        close(writeFD)
                        writeFD = -1
                    }
                } else if entry.fd == readFD {
                    let count = read(readFD, &buffer, buffer.count)
                    if count > 0 {
                        errors += buffer[0..<count]
                        if errors.count > maxErrorBytes { errors.removeFirst(errors.count - maxErrorBytes) }
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        close(readFD)
                        readFD = -1
                    }
                }
            }
        }
        if writeFD >= 0 { close(writeFD) }
        if readFD >= 0 {
            // What is already in the pipe (the last words of a command stopped on time-out).
            while errors.count < maxErrorBytes {
                let count = read(readFD, &buffer, buffer.count)
                guard count > 0 else { break }
                errors += buffer[0..<count]
            }
            close(readFD)
        }
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: code, timedOut: timedOut, standardError: Data(errors))
    }
}
