import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small line editor for interactive terminals: arrows, Home/End, Ctrl-A/E/K/U/W, backspace,
/// history with ↑/↓ kept in a file between sessions. Accented letters are edited as whole characters.
public final class LineEditor: @unchecked Sendable {
    // @unchecked: used from one task at a time (the chat loop); the lock guards the history file.
    private var history: [String] = []
    private let historyFile: URL?
    private let maxHistory = 500
    private let lock = NSLock()

    public init(historyFile: URL?) {
        self.historyFile = historyFile
        if let historyFile, let text = try? String(contentsOf: historyFile, encoding: .utf8) {
            history = text.split(separator: "\n").map(String.init).suffix(maxHistory)
        }
    }

    /// Reads one line with editing; nil on Ctrl-D at an empty line or end of input.
    public func readLine(prompt: String) -> String? {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return Swift.readLine() }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSAFLUSH, &original) }

        var line: [Character] = []
        var cursor = 0
        var historyIndex = history.count
        var draft: [Character] = []
        func redraw() {
            let text = String(line)
            let back = line.count - cursor
            write("\r\u{1B}[K" + prompt + text + (back > 0 ? "\u{1B}[\(back)D" : ""))
        }
        write(prompt)
        while true {
            guard let byte = readByte() else { return line.isEmpty ? nil : String(line) }
            switch byte {
            case 13, 10:
                write("\r\n")
                let text = String(line)
                remember(text)
                return text
            case 4:
                if line.isEmpty {
                    write("\r\n")
                    return nil
                }
                if cursor < line.count {
                    line.remove(at: cursor)
                    redraw()
                }
            case 127, 8:
                if cursor > 0 {
                    line.remove(at: cursor - 1)
                    cursor -= 1
                    redraw()
                }
            case 1:
                cursor = 0
                redraw()
            case 5:
                cursor = line.count
                redraw()
            case 11:
                line.removeSubrange(cursor...)
                redraw()
            case 21:
                line.removeSubrange(..<cursor)
                cursor = 0
                redraw()
            case 23:
                var start = cursor
                while start > 0, line[start - 1] == " " { start -= 1 }
                while start > 0, line[start - 1] != " " { start -= 1 }
                line.removeSubrange(start..<cursor)
                cursor = start
                redraw()
            case 3:
                write("^C\r\n")
                line = []
                cursor = 0
                write(prompt)
            case 27:
                guard let b1 = readByte(), b1 == 91 || b1 == 79, let b2 = readByte() else { continue }
                switch b2 {
                case 65:
                    if historyIndex > 0 {
                        if historyIndex == history.count { draft = line }
                        historyIndex -= 1
                        line = Array(history[historyIndex])
                        cursor = line.count
                        redraw()
                    }
                case 66:
                    if historyIndex < history.count {
                        historyIndex += 1
                        line = historyIndex == history.count ? draft : Array(history[historyIndex])
                        cursor = line.count
                        redraw()
                    }
                case 67:
                    if cursor < line.count {
                        cursor += 1
                        redraw()
                    }
                case 68:
                    if cursor > 0 {
                        cursor -= 1
                        redraw()
                    }
                case 72:
                    cursor = 0
                    redraw()
                case 70:
                    cursor = line.count
                    redraw()
                case 51:
                    _ = readByte()
                    if cursor < line.count {
                        line.remove(at: cursor)
                        redraw()
                    }
                default: break
                }
            default:
                guard byte >= 32 else { continue }
                var bytes = [byte]
                let extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
                for _ in 0..<extra { if let b = readByte() { bytes.append(b) } }
                for ch in String(decoding: bytes, as: UTF8.self) {
                    line.insert(ch, at: cursor)
                    cursor += 1
                }
                redraw()
            }
        }
    }

    private func remember(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, history.last != trimmed else { return }
        history.append(trimmed)
        if history.count > maxHistory { history.removeFirst(history.count - maxHistory) }
        guard let historyFile else { return }
        lock.lock()
        defer { lock.unlock() }
        try? FileManager.default.createDirectory(at: historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? (history.joined(separator: "\n") + "\n").write(to: historyFile, atomically: true, encoding: .utf8)
    }

    private func readByte() -> UInt8? {
        var b: UInt8 = 0
        return read(STDIN_FILENO, &b, 1) == 1 ? b : nil
    }

    private func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }
}

/// The interactive terminal: the line editor for input, colour when the terminal allows it.
public struct TerminalLineChannel: LineChannel {
    let editor: LineEditor
    let colour: Bool

    public init(historyFile: URL?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        editor = LineEditor(historyFile: historyFile)
        colour = environment["NO_COLOR"] == nil && environment["TERM"] != "dumb" && isatty(STDOUT_FILENO) == 1
    }

    public func readLine(prompt: String) async -> String? {
        editor.readLine(prompt: colour ? "\u{1B}[1;36m\(prompt)\u{1B}[0m" : prompt)
    }

    public func write(_ text: String) async {
        FileHandle.standardOutput.write(Data((colour ? TerminalStyle.highlight(text) : text).utf8 + [10]))
    }
}
