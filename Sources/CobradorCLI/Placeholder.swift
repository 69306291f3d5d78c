import ArgumentParser

public enum CobradorEntry {
    public static func main() async { await CobradorCommand.main() }
}

struct CobradorCommand: AsyncParsableCommand {
    func run() async throws {}
}
