import Foundation

/// Where the chat reads lines and writes replies: the real terminal, a pipe, or a test script.
public protocol LineChannel: Sendable {
    /// The next line, or nil at end of input.
    func readLine(prompt: String) async -> String?
    func write(_ text: String) async
}

/// Standard input and output. Lines are written straight to the file descriptor so that a pipe gets
/// each answer as soon as it is ready.
public struct StandardLineChannel: LineChannel {
    public init() {}

    public func readLine(prompt: String) async -> String? {
        if !prompt.isEmpty { FileHandle.standardOutput.write(Data(prompt.utf8)) }
        return Swift.readLine(strippingNewline: true)
    }

    public func write(_ text: String) async {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
