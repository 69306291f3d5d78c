import Foundation

/// Turns a reply's view into the context Mustache renders: property names in snake_case, numbers and
/// flags as themselves, nil and empty strings left out (so `{{#name}}…{{/name}}` disappears with them).
enum ReplyContextEncoder {
    static func context(of view: some Encodable) throws -> [String: Any] {
        let encoder = ContextEncoder()
        try view.encode(to: encoder)
        return encoder.storage.value as? [String: Any] ?? [:]
    }

    /// "daysText" → "days_text".
    static func snakeCase(_ name: String) -> String {
        guard name.contains(where: \.isUppercase) else { return name }
        var out = ""
        for ch in name {
            if ch.isUppercase {
                out.append("_")
                out.append(contentsOf: ch.lowercased())
            } else {
                out.append(ch)
            }
        }
        return out
    }
}

/// The value being built: an object, a list or a single value.
final class Storage {
    enum Kind { case none, object, list, single }
    var kind = Kind.none
    var object: [String: Any] = [:]
    var list: [Any] = []
    var single: Any?

    /// Nested containers are kept as `Storage` until the whole value is read.
    var value: Any? {
        func resolve(_ v: Any) -> Any? { (v as? Storage).map { $0.value } ?? v }
        switch kind {
        case .none: return nil
        case .object: return object.compactMapValues(resolve)
        case .list: return list.compactMap(resolve)
        case .single: return single.flatMap(resolve)
        }
    }
}

final class ContextEncoder: Encoder {
    let storage = Storage()
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        storage.kind = .object
        return KeyedEncodingContainer(KeyedContainer<Key>(storage: storage))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        storage.kind = .list
        return UnkeyedContainer(storage: storage)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        storage.kind = .single
        return SingleContainer(storage: storage)
    }

    /// A value in the context: strings, flags and integers as such, anything else encoded in turn.
    static func box(_ value: some Encodable) throws -> Any? {
        switch value {
        case let s as String: return s.isEmpty ? nil : s
        case let b as Bool: return b
        case let i as Int: return i
        case let i as any BinaryInteger: return Int(exactly: i) ?? String(describing: i)
        case let d as Double: return d
        case let f as Float: return Double(f)
        default:
            let nested = ContextEncoder()
            try value.encode(to: nested)
            return nested.storage.value
        }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: Storage
    var codingPath: [any CodingKey] = []

    func set(_ value: Any?, _ key: Key) {
        guard let value else { return }
        storage.object[ReplyContextEncoder.snakeCase(key.stringValue)] = value
    }

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: Bool, forKey key: Key) { set(value, key) }
    mutating func encode(_ value: String, forKey key: Key) { set(value.isEmpty ? nil : value, key) }
    mutating func encode(_ value: Int, forKey key: Key) { set(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) { set(Int(exactly: value) ?? String(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { set(Int(exactly: value) ?? String(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { set(Int(exactly: value) ?? String(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { set(Int(exactly: value) ?? String(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) { set(Int(exactly: value) ?? String(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(Int(exactly: value) ?? String(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(Int(exactly: value) ?? String(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(Int(exactly: value) ?? String(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { set(Int(exactly: value) ?? String(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) { set(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) { set(Double(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(try ContextEncoder.box(value), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    )
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = Storage()
        nested.kind = .object
        storage.object[ReplyContextEncoder.snakeCase(key.stringValue)] = nested
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(storage: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = Storage()
        nested.kind = .list
        storage.object[ReplyContextEncoder.snakeCase(key.stringValue)] = nested
        return UnkeyedContainer(storage: nested)
    }

    mutating func superEncoder() -> any Encoder { ContextEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { ContextEncoder() }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let storage: Storage
    var codingPath: [any CodingKey] = []
    var count: Int { storage.list.count }

    mutating func encodeNil() {}
    mutating func encode(_ value: Int8) { storage.list.append(Int(exactly: value) ?? String(value)) }
    mutating func encode(_ value: Int16) { storage.list.append(Int(exactly: value) ?? String(value)) }
    mutating func encode(_ value: Int32) { storage.list.append(Int(exactly: value) ?? String(value)) }
    mutating func encode(_ value: Int64) { storage.list.append(Int(exactly: value) ?? String(value)) }
    mutating func encode(_ value: UInt) { storage.list.append(Int(exactly: value) ?? String(value)) }
    mutating func encode(_ value: UInt8) { storage.list.append(Int(exactly: value) ?? String(value)) }
    mutating func encode(_ value: UInt16) { storage.list.append(Int(exactly: value) ?? String(value)) }
    mutating func encode(_ value: UInt32) { storage.list.append(Int(exactly: value) ?? String(value)) }
    mutating func encode(_ value: UInt64) { storage.list.append(Int(exactly: value) ?? String(value)) }
    mutating func encode(_ value: Bool) { storage.list.append(value) }
    mutating func encode(_ value: String) { if !value.isEmpty { storage.list.append(value) } }
    mutating func encode(_ value: Int) { storage.list.append(value) }
    mutating func encode(_ value: Double) { storage.list.append(value) }
    mutating func encode(_ value: Float) { storage.list.append(Double(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        if let boxed = try ContextEncoder.box(value) { storage.list.append(boxed) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = Storage()
        nested.kind = .object
        storage.list.append(nested)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(storage: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = Storage()
        nested.kind = .list
        storage.list.append(nested)
        return UnkeyedContainer(storage: nested)
    }
    mutating func superEncoder() -> any Encoder { ContextEncoder() }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let storage: Storage
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() { storage.single = nil }
    mutating func encode(_ value: Int8) { storage.single = Int(exactly: value) ?? String(value) }
    mutating func encode(_ value: Int16) { storage.single = Int(exactly: value) ?? String(value) }
    mutating func encode(_ value: Int32) { storage.single = Int(exactly: value) ?? String(value) }
    mutating func encode(_ value: Int64) { storage.single = Int(exactly: value) ?? String(value) }
    mutating func encode(_ value: UInt) { storage.single = Int(exactly: value) ?? String(value) }
    mutating func encode(_ value: UInt8) { storage.single = Int(exactly: value) ?? String(value) }
    mutating func encode(_ value: UInt16) { storage.single = Int(exactly: value) ?? String(value) }
    mutating func encode(_ value: UInt32) { storage.single = Int(exactly: value) ?? String(value) }
    mutating func encode(_ value: UInt64) { storage.single = Int(exactly: value) ?? String(value) }
    mutating func encode(_ value: Bool) { storage.single = value }
    mutating func encode(_ value: String) { storage.single = value.isEmpty ? nil : value }
    mutating func encode(_ value: Int) { storage.single = value }
    mutating func encode(_ value: Double) { storage.single = value }
    mutating func encode(_ value: Float) { storage.single = Double(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { storage.single = try ContextEncoder.box(value) }
}
