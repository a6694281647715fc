/**
 * An Outlook message saved as a file (.msg: what Outlook's "Save As" writes, and what dragging a
 * message out of Outlook makes) as a Mail (mail.ts). The container and its MAPI properties are
 * msgreader's to read.
 */
import msgreader, { type FieldsData } from '@kenjiuno/msgreader';
import { MinutesError } from '../types.js';
import type { Mail } from './mail.js';

type Reader = typeof msgreader.default;
// The package is CommonJS with its class on `default`: Node's ES import sees the module object, a
// bundler's interop the class itself.
const MsgReader: Reader =
  (msgreader as unknown as { default?: Reader }).default ?? (msgreader as unknown as Reader);

const UNREADABLE = 'The Outlook message could not be read. Forward the minutes as .docx, PDF or text.';

export function readMsgFile(bytes: Uint8Array): Mail {
  let reader: InstanceType<Reader>;
  let data: FieldsData;
  try {
    reader = new MsgReader(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
    data = reader.getFileData();
  } catch {
    throw new MinutesError(UNREADABLE);
  }
  if (data.error) throw new MinutesError(UNREADABLE);
  const sentAt = data.clientSubmitTime ?? data.messageDeliveryTime ?? null;
  const sent = sentAt ? new Date(sentAt) : null;
  const from = data.senderName
    ? data.senderEmail && data.senderEmail !== data.senderName
      ? `${data.senderName} <${data.senderEmail}>`
      : data.senderName
    : null;
  const attachments: Mail['attachments'] = [];
  for (const a of data.attachments ?? []) {
    // A message attached to the message (a forwarded one kept whole) has no bytes of its own here.
    if (a.innerMsgContent) continue;
    let content: Uint8Array;
    try {
      content = reader.getAttachment(a).content;
    } catch {
      continue;
    }
    attachments.push({
      name: a.fileName ?? a.fileNameShort ?? null,
      mimeType: a.attachMimeTag ?? null,
      // A picture shown in the message (a signature's logo) is referred to by its content id.
      inline: Boolean(a.pidContentId),
      bytes: content,
    });
  }
  return {
    from,
    sent: sent && !Number.isNaN(sent.getTime()) ? sent : null,
    to: (data.recipients ?? [])
      .filter((r: FieldsData) => r.recipType === 'to')
      .map((r: FieldsData) =>
        r.email && r.name && r.email !== r.name ? `${r.name} <${r.email}>` : (r.name ?? r.email ?? ''),
      )
      .filter((r) => r !== ''),
    subject: data.subject ?? null,
    text: data.body ?? null,
    html: data.bodyHtml ?? null,
    attachments,
  };
}
