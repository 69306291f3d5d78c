/// A benchmark that could not measure what it claims (a server that did not start, a count that does not
/// add up): the run stops with this message rather than print a figure that means nothing.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
