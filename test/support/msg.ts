/**
 * Outlook messages as Outlook saves them (.msg, [MS-OXMSG]): a compound file whose root holds the
 * message's properties (strings in "__substg1.0_" streams, fixed-size ones such as the time it was
 * sent in "__properties_version1.0"), a storage per recipient and one per attachment. Written with
 * the `cfb` package here, so the reader's library is not also the one that makes its test input.
 */
import CFB from 'cfb';

export interface MsgAttachment {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface MsgSpec {
  subject: string;
  body: string;
  senderName: string;
  senderEmail: string;
  to: { name: string; email: string }[];
  sent: Date;
  attachments?: MsgAttachment[];
}

const PT_LONG = 0x0003;
const PT_SYSTIME = 0x0040;
const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');
const streamName = (id: number, type: number) => `__substg1.0_${hex(id, 4)}${hex(type, 4)}`;
const utf16 = (s: string) => Buffer.from(`${s}\0`, 'utf16le');

/** A properties stream: its header (32 bytes at the root, 8 below it), then 16 bytes a property. */
function properties(
  header: Buffer,
  entries: { id: number; type: number; value?: number | bigint; size?: number }[],
): Buffer {
  const rows = entries.map((e) => {
    const row = Buffer.alloc(16);
    row.writeUInt32LE(((e.id << 16) | e.type) >>> 0, 0);
    row.writeUInt32LE(0x06, 4); // readable and writable
    if (e.type === PT_LONG) row.writeUInt32LE(Number(e.value ?? 0), 8);
    else if (e.type === PT_SYSTIME) row.writeBigUInt64LE(BigInt(e.value ?? 0), 8);
    else row.writeUInt32LE(e.size ?? 0, 8); // a variable-length value's size; the value is its own stream
    return row;
  });
  return Buffer.concat([header, ...rows]);
}

/** A date as a FILETIME: 100-nanosecond ticks since 1601. */
const filetime = (d: Date) => (BigInt(d.getTime()) + 11_644_473_600_000n) * 10_000n;

export function buildMsg(spec: MsgSpec): Buffer {
  const cfb = CFB.utils.cfb_new();
  const add = (path: string, content: Buffer | Uint8Array) =>
    CFB.utils.cfb_add(cfb, path, Buffer.from(content));
  const strings: [number, string][] = [
    [0x001a, 'IPM.Note'],
    [0x0037, spec.subject],
    [0x1000, spec.body],
    [0x0c1a, spec.senderName],
    [0x0c1f, spec.senderEmail],
    [0x0065, spec.senderEmail],
    [0x0e04, spec.to.map((t) => t.name).join('; ')],
  ];
  for (const [id, value] of strings) add(`/${streamName(id, PT_UNICODE)}`, utf16(value));
  const attachments = spec.attachments ?? [];
  const rootHeader = Buffer.alloc(32);
  rootHeader.writeUInt32LE(spec.to.length, 8);
  rootHeader.writeUInt32LE(attachments.length, 12);
  rootHeader.writeUInt32LE(spec.to.length, 16);
  rootHeader.writeUInt32LE(attachments.length, 20);
  add(
    '/__properties_version1.0',
    properties(rootHeader, [
      ...strings.map(([id, value]) => ({ id, type: PT_UNICODE, size: utf16(value).length })),
      { id: 0x0039, type: PT_SYSTIME, value: filetime(spec.sent) },
      { id: 0x0e06, type: PT_SYSTIME, value: filetime(spec.sent) },
    ]),
  );
  spec.to.forEach((r, i) => {
    const dir = `/__recip_version1.0_#${hex(i, 8)}`;
    add(`${dir}/${streamName(0x3001, PT_UNICODE)}`, utf16(r.name));
    add(`${dir}/${streamName(0x39fe, PT_UNICODE)}`, utf16(r.email));
    add(`${dir}/${streamName(0x3003, PT_UNICODE)}`, utf16(r.email));
    add(
      `${dir}/__properties_version1.0`,
      properties(Buffer.alloc(8), [
        { id: 0x0c15, type: PT_LONG, value: 1 }, // MAPI_TO
        { id: 0x3001, type: PT_UNICODE, size: utf16(r.name).length },
      ]),
    );
  });
  attachments.forEach((a, i) => {
    const dir = `/__attach_version1.0_#${hex(i, 8)}`;
    add(`${dir}/${streamName(0x3707, PT_UNICODE)}`, utf16(a.name));
    add(`${dir}/${streamName(0x3704, PT_UNICODE)}`, utf16(a.name));
    add(`${dir}/${streamName(0x370e, PT_UNICODE)}`, utf16(a.mimeType));
    add(`${dir}/${streamName(0x3703, PT_UNICODE)}`, utf16(a.name.replace(/^.*(\.[^.]+)$/, '$1')));
    add(`${dir}/${streamName(0x3701, PT_BINARY)}`, a.bytes);
    add(
      `${dir}/__properties_version1.0`,
      properties(Buffer.alloc(8), [
        { id: 0x3705, type: PT_LONG, value: 1 }, // ATTACH_BY_VALUE
        { id: 0x0e21, type: PT_LONG, value: i },
        { id: 0x3701, type: PT_BINARY, size: a.bytes.length },
      ]),
    );
  });
  add('/__nameid_version1.0/__substg1.0_00020102', Buffer.alloc(0));
  add('/__nameid_version1.0/__substg1.0_00030102', Buffer.alloc(0));
  add('/__nameid_version1.0/__substg1.0_00040102', Buffer.alloc(0));
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}
