import type { Activity, Attachment } from 'botbuilder';
import { TurnContext } from 'botbuilder';
import { CARD_CONTENT_TYPE, type TeamsMessage } from './cards/card.js';

/** A channel thread's conversation id carries the root post: 19:…@thread.tacv2;messageid=1234. */
export function splitConversationId(id: string): { conversation: string; threadRef: string | null } {
  const [conversation = id, thread] = id.split(';messageid=');
  return { conversation, threadRef: thread ?? null };
}

/** The person: their Entra ID (AAD) object id, which members are mapped by. */
export function senderId(activity: Partial<Activity>): string {
  return activity.from?.aadObjectId ?? activity.from?.id ?? '';
}

/** Command text with the bot's @mention (and any leftover <at> markup) removed. */
export function commandText(activity: Partial<Activity>): string {
  const withoutMention = activity.entities?.length
    ? TurnContext.removeRecipientMention(activity)
    : (activity.text ?? '');
  return (withoutMention ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return (activity.entities ?? []).some(
    (e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId,
  );
}

export function cardActivity(message: TeamsMessage): Partial<Activity> {
  const attachment: Attachment = { contentType: CARD_CONTENT_TYPE, content: message.card };
  return { type: 'message', text: '', summary: message.text, attachments: [attachment] };
}

const MINUTES_FILE = /\.(docx|pdf|txt|md|eml|msg|mht|mhtml|text|html?)$/i;
const MINUTES_TYPES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

/**
 * A minutes file: Teams' file download info (the only attachment whose URL is fetched in Teams),
 * or, from an emulator in local mode, a plain attachment.
 */
export function minutesAttachment(
  activity: Partial<Activity>,
  localMode = false,
): { url: string; name: string | null } | null {
  for (const a of activity.attachments ?? []) {
    if (a.contentType === 'application/vnd.microsoft.teams.file.download.info') {
      const content = a.content as { downloadUrl?: string; fileType?: string } | undefined;
      if (content?.downloadUrl) return { url: content.downloadUrl, name: a.name ?? null };
    }
    if (
      localMode &&
      a.contentUrl &&
      (a.contentType?.startsWith('text/') ||
        MINUTES_TYPES.has(a.contentType ?? '') ||
        MINUTES_FILE.test(a.name ?? ''))
    ) {
      return { url: a.contentUrl, name: a.name ?? null };
    }
  }
  return null;
}
