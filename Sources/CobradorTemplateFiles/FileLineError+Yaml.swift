import CobradorCore
import Yams

extension FileLineError {
    /// The line a YAML error points at, 0 when it points nowhere.
    public static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 0
        }
    }
}
