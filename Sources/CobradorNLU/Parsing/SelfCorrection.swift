/// "acme no perdón globex", "el viernes, digo el lunes", "Initech I mean Hooli": what comes right
/// before a self-correction is dropped when an entity of the same kind follows it.
enum SelfCorrection {
    static let reach = 4

    static func apply(_ ctx: inout ExtractionContext) {
        let lx = ctx.lexicon
        var removed: [Int] = []
        for i in ctx.tokens.indices where ctx.tokens[i].lexMask & lx.corrections.bit != 0 && ctx.isFree(i) {
            guard let m = lx.corrections.match(ctx.tokens, at: i) else { continue }
            let at = ctx.tokens[i].start
            let after = ctx.tokens[i + m.count - 1].end
            guard
                let before = ctx.entities.indices.last(where: {
                    ctx.entities[$0].end <= at && !ctx.entities[$0].kind.isUnclaimedCue && !removed.contains($0)
                        && ctx.text.tokenRange(coveringChars: ctx.entities[$0].end, at).count <= 1
                })
            else { continue }
            let kind = ctx.entities[before].kind
            let follows = ctx.entities.contains {
                $0.start >= after && sameKind($0.kind, kind) && ctx.text.tokenRange(coveringChars: after, $0.start).count <= reach
            }
            if follows { removed.append(before) }
        }
        guard !removed.isEmpty else { return }
        ctx.entities = ctx.entities.indices.filter { !removed.contains($0) }.map { ctx.entities[$0] }
        ctx.entityAtToken = [:]
        for (k, e) in ctx.entities.enumerated() where !e.kind.isUnclaimedCue {
            let r = ctx.text.tokenRange(coveringChars: e.start, e.end)
            if !r.isEmpty { ctx.entityAtToken[r.lowerBound] = k }
        }
    }

    private static func sameKind(_ a: Entity.Kind, _ b: Entity.Kind) -> Bool {
        let clients: Set<Entity.Kind> = [.client, .unknownClient]
        return a == b || (clients.contains(a) && clients.contains(b))
    }
}
