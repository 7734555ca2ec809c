import { eventFeedResolver } from '../../../kit/events/event-feed';

/** `gridsEvents(after, first)`: grids' outbox as a feed, for consumers on the embedded transport (事件流). */
export const GridsEventFeedResolver = eventFeedResolver('grids');
