import CobradorCore
import Foundation

/// Finds the content folders an installed binary uses: a copy next to the executable wins over the
/// embedded defaults, so a release binary copied anywhere still works.
public enum ContentLocator {
    public static func folderNextToExecutable(_ name: String) -> URL? {
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for base in [exe.deletingLastPathComponent(), exe.deletingLastPathComponent().appendingPathComponent("../share/cobrador")] {
            let candidate = base.appendingPathComponent(name).standardizedFileURL
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue { return candidate }
        }
        return nil
    }

    /// `*.yml` / `*.yaml` files of a folder, sorted by name; none if the folder does not exist.
    public static func yamlFiles(in folder: URL) throws -> [(name: String, text: String)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return try names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted().map { name in
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw FileLineError(file: url.path, line: 0, reason: "cannot read the file as UTF-8")
            }
            return (url.path, text)
        }
    }
}
