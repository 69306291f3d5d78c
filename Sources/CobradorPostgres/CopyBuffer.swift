import NIOCore

/// Rows in the text format of `COPY … FROM STDIN`: tab-separated, `\N` for NULL, with backslash, tab,
/// newline and carriage return escaped.
struct CopyBuffer {
    private(set) var buffer = ByteBuffer()
    private(set) var rows = 0
    private var firstField = true

    var isEmpty: Bool { rows == 0 }

    mutating func field(_ text: String?) {
        if !firstField { buffer.writeInteger(UInt8(ascii: "\t")) }
        firstField = false
        guard let text else {
            buffer.writeStaticString("\\N")
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    mutating func field(_ value: Int64?) { field(value.map(String.init)) }

    mutating func endRow() {
        buffer.writeInteger(UInt8(ascii: "\n"))
        firstField = true
        rows += 1
    }
}
