import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `HTTPPosting` over URLSession (libcurl on Linux): an ephemeral session (no cookies, no cache).
public final class URLSessionHTTPPoster: HTTPPosting, @unchecked Sendable {
    // URLSession is thread-safe; it is only not marked Sendable everywhere.
    private let session: URLSession

    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        self.session = URLSession(configuration: configuration)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    public func post(_ request: HTTPPostRequest) async throws -> HTTPPostResponse {
        let seconds = Double(request.timeout.components.seconds) + Double(request.timeout.components.attoseconds) / 1e18
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: seconds)
        urlRequest.httpMethod = "POST"
        for (name, value) in request.headers {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        urlRequest.httpBody = request.body
        let (data, response) = try await session.data(for: urlRequest)
        guard let http = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            headers[String(describing: name).lowercased()] = String(describing: value)
        }
        return HTTPPostResponse(status: http.statusCode, headers: headers, body: data)
    }
}
