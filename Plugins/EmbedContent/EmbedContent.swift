import Foundation
import PackagePlugin

/// Embeds the package's `Intents/` and `Responses/` folders into the target at build time, so the
/// binary works from any directory and editing a YAML file then rebuilding is all it takes.
@main
struct EmbedContent: BuildToolPlugin {
    /// Type name, folder, and whether the folder holds reply templates (read at build time).
    static let folders = [("EmbeddedIntents", "Intents", false), ("EmbeddedResponses", "Responses", true)]

    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContent.swift")
        var inputs: [URL] = []
        var arguments = [output.path]
        for (typeName, folder, templates) in Self.folders {
            let dir = root.appending(path: folder)
            arguments.append("\(typeName)=\(dir.path)" + (templates ? "=templates" : ""))
            inputs += Self.files(under: dir)
        }
        return [
            .buildCommand(
                displayName: "Embedding Intents/ and Responses/",
                executable: try context.tool(named: "cobrador-embed").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }

    /// The YAML files below `dir`: the command reruns when any of them changes.
    static func files(under dir: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { ["yaml", "yml"].contains($0.pathExtension.lowercased()) }
    }
}
