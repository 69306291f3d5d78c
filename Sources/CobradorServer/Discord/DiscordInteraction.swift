/// An interaction Discord posts to the interactions endpoint (only what cobrador reads): `PING` (1),
/// a slash command (2, `APPLICATION_COMMAND`) or a button press (3, `MESSAGE_COMPONENT`).
struct DiscordInteraction: Decodable, Sendable {
    struct User: Decodable, Sendable {
        var id: String
        var username: String?
        var global_name: String?
        var bot: Bool?
    }

    struct Member: Decodable, Sendable {
        var user: User?
    }

    struct Option: Decodable, Sendable {
        var name: String
        var type: Int?
        /// A string option's value (numbers and booleans are read as their text).
        var value: String?
        var options: [Option]?

        enum CodingKeys: String, CodingKey {
            case name, type, value, options
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            type = try container.decodeIfPresent(Int.self, forKey: .type)
            options = try container.decodeIfPresent([Option].self, forKey: .options)
            if let text = try? container.decodeIfPresent(String.self, forKey: .value) {
                value = text
            } else if let number = try? container.decodeIfPresent(Double.self, forKey: .value) {
                value = number.rounded() == number ? String(Int64(number)) : String(number)
            } else if let flag = try? container.decodeIfPresent(Bool.self, forKey: .value) {
                value = String(flag)
            } else {
                value = nil
            }
        }
    }

    struct CommandData: Decodable, Sendable {
        var name: String?
        var options: [Option]?
        var custom_id: String?
        var component_type: Int?
    }

    static let ping = 1
    static let applicationCommand = 2
    static let messageComponent = 3

    var id: String?
    var application_id: String?
    var type: Int
    var token: String?
    var guild_id: String?
    var channel_id: String?
    var member: Member?
    var user: User?
    var data: CommandData?
    var locale: String?

    /// Who acted: the member's user in a server, the user in a DM.
    var actor: User? { member?.user ?? user }
}
