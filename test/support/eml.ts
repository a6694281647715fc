/**
 * Emails as mail clients save them (.eml): RFC 5322 headers, a MIME body with its plain text
 * quoted-printable and any attachment in base64, lines ended by CRLF. Written by hand here so the
 * reader's MIME library is not also the one that makes its test input.
 */

export interface EmlAttachment {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** Quoted-printable (RFC 2045): bytes outside printable ASCII as =XX, lines kept under 76 with soft breaks. */
function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let encoded = '';
    for (const byte of Buffer.from(line, 'utf8')) {
      const printable = byte >= 33 && byte <= 126 && byte !== 61;
      encoded +=
        printable || byte === 32
          ? String.fromCharCode(byte)
          : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    // A space at a line's end would be lost in transport.
    if (encoded.endsWith(' ')) encoded = `${encoded.slice(0, -1)}=20`;
    while (encoded.length > 75) {
      let cut = 75;
      // Never inside an =XX escape.
      const eq = encoded.lastIndexOf('=', cut - 1);
      if (eq > cut - 3) cut = eq;
      out.push(`${encoded.slice(0, cut)}=`);
      encoded = encoded.slice(cut);
    }
    out.push(encoded);
  }
  return out.join('\r\n');
}

const base64Lines = (bytes: Uint8Array) =>
  (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');

/** An email with a plain-text body and, optionally, files attached. */
export function buildEml(options: { subject: string; body: string; attachments?: EmlAttachment[] }): Buffer {
  const headers = [
    'From: Priya Natarajan <priya.natarajan@example.gov.uk>',
    'To: Strategy Board <board@example.gov.uk>',
    `Subject: ${options.subject}`,
    'Date: Tue, 11 Dec 2012 16:42:03 +0000',
    'Message-ID: <minutes-2012-12-04@example.gov.uk>',
    'MIME-Version: 1.0',
  ];
  const text = [
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(options.body),
  ];
  const attachments = options.attachments ?? [];
  if (attachments.length === 0) return Buffer.from([...headers, ...text, ''].join('\r\n'), 'utf8');
  const boundary = '----=_Part_0_1355244123';
  const parts = [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    `--${boundary}`,
    ...text,
  ];
  for (const a of attachments)
    parts.push(
      `--${boundary}`,
      `Content-Type: ${a.type}; name="${a.name}"`,
      `Content-Disposition: attachment; filename="${a.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(a.bytes),
    );
  parts.push(`--${boundary}--`, '');
  return Buffer.from(parts.join('\r\n'), 'utf8');
}
