/// A contact written into a client's history.
public struct ContactLoggedView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["contact.done"]

    public var client: String
    public var date: String
    /// "correo enviado", "llamada sin respuesta".
    public var what: String

    public init(client: String, date: String, what: String) {
        self.client = client
        self.date = date
        self.what = what
    }
}
