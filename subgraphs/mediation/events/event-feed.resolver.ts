import { eventFeedResolver } from '../../../kit/events/event-feed';

/** `mediationEvents(after, first)`: mediation's outbox as a feed, for consumers on the embedded transport (事件流). */
export const MediationEventFeedResolver = eventFeedResolver('mediation');
