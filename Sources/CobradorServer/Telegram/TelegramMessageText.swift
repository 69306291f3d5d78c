import CobradorOutbound

/// A reply as Telegram HTML (`parse_mode: HTML`): the heading bold, tables in `<pre>`, notes in
/// italics, data escaped; cut into messages of at most 4,096 characters, between parts when possible.
enum TelegramMessageText {
    static let limit = 4_096

    static func messages(_ layout: ReplyLayout) -> [String] {
        var pieces: [String] = []
        for part in layout.parts {
            switch part {
            case .heading(let text):
                pieces.append("<b>" + ChatEscaper.escapeTelegramHTML(text) + "</b>")
            case .paragraph(let lines):
                pieces += grouped(lines.map(ChatEscaper.escapeTelegramHTML), open: "", close: "")
            case .table(let rows):
                pieces += grouped(rows.map(ChatEscaper.escapeTelegramHTML), open: "<pre>", close: "</pre>")
            case .note(let text):
                pieces.append("<i>" + ChatEscaper.escapeTelegramHTML(text) + "</i>")
            }
        }
        var messages: [String] = []
        var current = ""
        for piece in pieces {
            if current.isEmpty {
                current = piece
            } else if current.utf16.count + 2 + piece.utf16.count <= limit {
                current += "\n\n" + piece
            } else {
                messages.append(current)
                current = piece
            }
        }
        if !current.isEmpty { messages.append(current) }
        return messages
    }

    /// Lines in as few pieces as fit the limit, each wrapped in `open`…`close` (a line too long on its
    /// own is cut between characters, never inside an entity).
    private static func grouped(_ lines: [String], open: String, close: String) -> [String] {
        let room = limit - open.utf16.count - close.utf16.count
        var out: [String] = []
        var current: [String] = []
        var used = 0
        func flush() {
            if !current.isEmpty { out.append(open + current.joined(separator: "\n") + close) }
            current = []
            used = 0
        }
        for line in lines {
            for piece in cut(line, to: room) {
                let width = piece.utf16.count + (current.isEmpty ? 0 : 1)
                if used + width > room { flush() }
                used += piece.utf16.count + (current.isEmpty ? 0 : 1)
                current.append(piece)
            }
        }
        flush()
        return out
    }

    private static func cut(_ line: String, to room: Int) -> [String] {
        guard line.utf16.count > room else { return [line] }
        var pieces: [String] = []
        var current = ""
        var width = 0
        var entity = ""
        for character in line {
            // Keep `&amp;` and friends whole.
            if character == "&" || !entity.isEmpty {
                entity.append(character)
                if character != ";" && entity.count < 8 { continue }
            }
            let unit = entity.isEmpty ? String(character) : entity
            entity = ""
            if width + unit.utf16.count > room {
                pieces.append(current)
                current = ""
                width = 0
            }
            current += unit
            width += unit.utf16.count
        }
        if !entity.isEmpty { current += entity }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
