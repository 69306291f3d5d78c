/// A platform's verified request, decoded by its middleware and read by its route: the typed half
/// of `ChatRequestContext` for the native bots (events, button presses, interactions).
enum PlatformPayload: Sendable {
    case slackEvent(SlackEventEnvelope)
    case slackInteraction(SlackInteractionPayload)
    case mattermostAction(MattermostActionRequest, MattermostActionContext)
    case teams(TeamsActivity)
    case telegram(TelegramUpdate)
    case discord(DiscordInteraction)
}
