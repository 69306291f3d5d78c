import CobradorBot
import Foundation

/// Checks templates against the views that fill them: every name a template uses must be a property
/// of its view, and every property of a view must be used by one of its templates.
enum ReplyTemplateChecker {
    /// A view's names, with the names inside a property that is itself an object or a list of objects.
    struct Shape {
        var fields: [String: Shape?]
    }

    /// One `{{…}}` tag: its sigil (`#`, `^`, `/`, `&`, `!`, …, or nil for a plain variable) and name.
    struct Tag: Equatable {
        var sigil: Character?
        var name: String
    }

    static func tags(in template: String) -> [Tag] {
        var out: [Tag] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            let triple = rest[open.upperBound...].first == "{"
            let start = triple ? rest.index(after: open.upperBound) : open.upperBound
            guard let close = rest[start...].range(of: triple ? "}}}" : "}}") else { break }
            var body = rest[start..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            var sigil: Character?
            if let first = body.first, "#^/&!>%=<$".contains(first) {
                sigil = first
                body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            out.append(Tag(sigil: sigil, name: body))
            rest = rest[close.upperBound...]
        }
        return out
    }

    /// The names a template uses that `shape` does not have, and the paths (`name`, `list.name`) it uses.
    static func check(_ template: String, against shape: Shape) -> (missing: [String], used: Set<String>) {
        var scopes: [(shape: Shape?, path: String)] = [(shape, "")]
        var missing: [String] = []
        var used: Set<String> = []
        func resolve(_ name: String) -> Shape?? {
            for scope in scopes.reversed() {
                guard let s = scope.shape, let field = s.fields[name] else { continue }
                used.insert(scope.path + name)
                return .some(field)
            }
            missing.append(name)
            return nil
        }
        for tag in tags(in: template) {
            switch tag.sigil {
            case "!", "%", "=", ">", "<", "$": continue
            case "/": if scopes.count > 1 { scopes.removeLast() }
            case "#", "^":
                let field = resolve(tag.name)
                let inner = tag.sigil == "#" ? field.flatMap { $0 } : nil
                scopes.append((inner, (scopes.last?.path ?? "") + tag.name + "."))
            default:
                if tag.name != "." { _ = resolve(tag.name) }
            }
        }
        return (missing, used)
    }

    /// The shape of a view type, read from a sample with every optional present and every list non-empty.
    static func shape(of view: any ReplyView.Type) throws -> Shape {
        shape(of: try sampleContext(view))
    }

    static func sampleContext<View: ReplyView>(_ view: View.Type) throws -> [String: Any] {
        try ReplyContextEncoder.context(of: try View(from: SampleDecoder()))
    }

    static func shape(of context: [String: Any]) -> Shape {
        var fields: [String: Shape?] = [:]
        for (name, value) in context {
            if let object = value as? [String: Any] {
                fields[name] = shape(of: object)
            } else if let list = value as? [Any], let object = list.first as? [String: Any] {
                fields[name] = shape(of: object)
            } else {
                fields[name] = .some(nil)
            }
        }
        return Shape(fields: fields)
    }

    static func paths(of shape: Shape, prefix: String = "") -> Set<String> {
        var out: Set<String> = []
        for (name, inner) in shape.fields {
            out.insert(prefix + name)
            if let inner { out.formUnion(paths(of: inner, prefix: prefix + name + ".")) }
        }
        return out
    }
}

/// Decodes a sample of any view: every key present, strings "x", numbers 1, flags true, lists of one.
private struct SampleDecoder: Decoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>())
    }

    func unkeyedContainer() -> any UnkeyedDecodingContainer { Unkeyed() }
    func singleValueContainer() -> any SingleValueDecodingContainer { Single() }

    static func sample<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type: return "x" as! T
        case is Bool.Type: return true as! T
        case is Int.Type: return 1 as! T
        case is Double.Type: return 1.0 as! T
        default: return try T(from: SampleDecoder())
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        var codingPath: [any CodingKey] = []
        var allKeys: [Key] { [] }
        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) -> Bool { false }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try SampleDecoder.sample(type) }
        func decode(_ type: Int8.Type, forKey key: Key) -> Int8 { 1 }
        func decode(_ type: Int16.Type, forKey key: Key) -> Int16 { 1 }
        func decode(_ type: Int32.Type, forKey key: Key) -> Int32 { 1 }
        func decode(_ type: Int64.Type, forKey key: Key) -> Int64 { 1 }
        func decode(_ type: UInt.Type, forKey key: Key) -> UInt { 1 }
        func decode(_ type: UInt8.Type, forKey key: Key) -> UInt8 { 1 }
        func decode(_ type: UInt16.Type, forKey key: Key) -> UInt16 { 1 }
        func decode(_ type: UInt32.Type, forKey key: Key) -> UInt32 { 1 }
        func decode(_ type: UInt64.Type, forKey key: Key) -> UInt64 { 1 }
        func decode(_ type: Bool.Type, forKey key: Key) -> Bool { true }
        func decode(_ type: String.Type, forKey key: Key) -> String { "x" }
        func decode(_ type: Int.Type, forKey key: Key) -> Int { 1 }
        func decode(_ type: Double.Type, forKey key: Key) -> Double { 1 }
        func decode(_ type: Float.Type, forKey key: Key) -> Float { 1 }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(Keyed<NestedKey>())
        }
        func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedDecodingContainer { Unkeyed() }
        func superDecoder() -> any Decoder { SampleDecoder() }
        func superDecoder(forKey key: Key) -> any Decoder { SampleDecoder() }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        var codingPath: [any CodingKey] = []
        var count: Int? { 1 }
        var currentIndex = 0
        var isAtEnd: Bool { currentIndex >= 1 }
        mutating func decodeNil() -> Bool { false }
        mutating func decode(_ type: Int8.Type) -> Int8 {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: Int16.Type) -> Int16 {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: Int32.Type) -> Int32 {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: Int64.Type) -> Int64 {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: UInt.Type) -> UInt {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: UInt8.Type) -> UInt8 {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: UInt16.Type) -> UInt16 {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: UInt32.Type) -> UInt32 {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: UInt64.Type) -> UInt64 {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: Bool.Type) -> Bool {
            currentIndex += 1
            return true
        }
        mutating func decode(_ type: String.Type) -> String {
            currentIndex += 1
            return "x"
        }
        mutating func decode(_ type: Int.Type) -> Int {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: Double.Type) -> Double {
            currentIndex += 1
            return 1
        }
        mutating func decode(_ type: Float.Type) -> Float {
            currentIndex += 1
            return 1
        }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            currentIndex += 1
            return try SampleDecoder.sample(type)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedDecodingContainer<NestedKey> {
            currentIndex += 1
            return KeyedDecodingContainer(Keyed<NestedKey>())
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedDecodingContainer {
            currentIndex += 1
            return Unkeyed()
        }
        mutating func superDecoder() -> any Decoder { SampleDecoder() }
    }

    struct Single: SingleValueDecodingContainer {
        var codingPath: [any CodingKey] = []
        func decodeNil() -> Bool { false }
        func decode(_ type: Int8.Type) -> Int8 { 1 }
        func decode(_ type: Int16.Type) -> Int16 { 1 }
        func decode(_ type: Int32.Type) -> Int32 { 1 }
        func decode(_ type: Int64.Type) -> Int64 { 1 }
        func decode(_ type: UInt.Type) -> UInt { 1 }
        func decode(_ type: UInt8.Type) -> UInt8 { 1 }
        func decode(_ type: UInt16.Type) -> UInt16 { 1 }
        func decode(_ type: UInt32.Type) -> UInt32 { 1 }
        func decode(_ type: UInt64.Type) -> UInt64 { 1 }
        func decode(_ type: Bool.Type) -> Bool { true }
        func decode(_ type: String.Type) -> String { "x" }
        func decode(_ type: Int.Type) -> Int { 1 }
        func decode(_ type: Double.Type) -> Double { 1 }
        func decode(_ type: Float.Type) -> Float { 1 }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try SampleDecoder.sample(type) }
    }
}
