import Hummingbird
import NIOCore

/// A JSON object whose values are all strings, written straight into bytes. Every chat reply is
/// this shape; through `JSONEncoder` (generic, reflective) encoding it was a tenth of the work of a
/// `/webhook` request.
enum FlatJSONObject {
    static let contentType = "application/json; charset=utf-8"

    /// `{"key":"value",…}` in the given order; nil values are left out.
    static func bytes(_ fields: [(key: String, value: String?)]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(fields.reduce(2) { $0 + $1.key.utf8.count + ($1.value?.utf8.count ?? 0) + 6 })
        buffer.writeInteger(UInt8(ascii: "{"))
        var first = true
        for (key, value) in fields {
            guard let value else { continue }
            if !first { buffer.writeInteger(UInt8(ascii: ",")) }
            first = false
            writeString(key, to: &buffer)
            buffer.writeInteger(UInt8(ascii: ":"))
            writeString(value, to: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "}"))
        return buffer
    }

    static func data(_ fields: [(key: String, value: String?)]) -> [UInt8] {
        Array(bytes(fields).readableBytesView)
    }

    static func response(_ fields: [(key: String, value: String?)]) -> Response {
        Response(status: .ok, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: bytes(fields)))
    }

    /// A JSON string: quote, backslash and control characters escaped (RFC 8259 §7); everything
    /// else, UTF-8 included, as it is.
    static func writeString(_ text: String, to buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[runStart..<i]))
                runStart = i + 1
                switch b {
                case UInt8(ascii: "\""): buffer.writeStaticString("\\\"")
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case 0x0A: buffer.writeStaticString("\\n")
                case 0x0D: buffer.writeStaticString("\\r")
                case 0x09: buffer.writeStaticString("\\t")
                case 0x08: buffer.writeStaticString("\\b")
                case 0x0C: buffer.writeStaticString("\\f")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    buffer.writeStaticString("\\u00")
                    buffer.writeInteger(hex[Int(b >> 4)])
                    buffer.writeInteger(hex[Int(b & 0x0F)])
                }
            }
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[runStart...]))
        }
        buffer.writeInteger(UInt8(ascii: "\""))
    }
}
