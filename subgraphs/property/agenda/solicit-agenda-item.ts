import type { PropertyContext } from '../context';
import type { JointMeeting } from '../meeting/joint-meeting.entity';
import { AgendaItemStep } from './agenda-item-step.entity';
import { AgendaItem, type AgendaItemSource } from './agenda-item.entity';
import { AgendaItemCommand, AgendaItemStage } from './agenda-lifecycle';

/** The unique (meeting, position) a new item takes: a lost race for the last place is CONFLICT. */
export const NEXT_POSITION = { columns: ['meeting_id', 'position'], field: 'input.meetingId', message: 'The agenda changed at the same moment; nothing was written. Try again.' };

export interface SolicitedItem {
  readonly title: string;
  readonly source: AgendaItemSource;
  readonly gridEventId?: string | null;
  readonly suggestionId?: string | null;
  readonly surveyId?: string | null;
}

/**
 * Persists (not flushed: the caller flushes it with its own changes, in one transaction) a new item at
 * the end of the meeting's agenda in stage SOLICITED, with the SOLICIT step that opens its history (一征).
 */
export async function solicitAgendaItem(context: PropertyContext, meeting: JointMeeting, fields: SolicitedItem): Promise<{ item: AgendaItem; step: AgendaItemStep }> {
  const existing = await context.loaders.itemsByMeetingId.load(meeting.id);
  const now = new Date();
  const item = Object.assign(new AgendaItem(), {
    meetingId: meeting.id,
    position: existing.reduce((last, other) => Math.max(last, other.position), 0) + 1,
    title: fields.title,
    source: fields.source,
    gridEventId: fields.gridEventId ?? null,
    suggestionId: fields.suggestionId ?? null,
    surveyId: fields.surveyId ?? null,
    solicitedAt: now,
    compoundId: meeting.compoundId,
    communityId: meeting.communityId,
    subdistrictId: meeting.subdistrictId,
  });
  const step = Object.assign(new AgendaItemStep(), {
    itemId: item.id, sequence: 1, command: AgendaItemCommand.SOLICIT, fromStage: null, toStage: AgendaItemStage.SOLICITED, actorId: context.viewer!.id, at: now,
  });
  context.em.persist(item);
  context.em.persist(step);
  return { item, step };
}
