import Foundation
import Hummingbird

/// The JSON of a nested reply (Block Kit, attachments, components), written the same way every
/// time: keys sorted, slashes left alone, so tests and platforms see one exact body.
enum JSONBody {
    static func data(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value here is strings, numbers, booleans and arrays of them: encoding cannot fail.
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: FlatJSONObject.contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data(value)))
        )
    }
}
