// `npm run package:teams`: the zip to upload in Teams (Apps → Manage your apps → Upload a custom app).
// The bot's Microsoft App ID replaces the placeholder ids; the public host replaces idmg.example.gov.uk.
import { mkdirSync, readFileSync } from 'node:fs';
import AdmZip from 'adm-zip';

const DIR = new URL('../manifests/teams/', import.meta.url).pathname;
const OUT = new URL('../dist/', import.meta.url).pathname;
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

const appId = process.env.MICROSOFT_APP_ID?.trim() || PLACEHOLDER_ID;
const host = process.env.IDMG_PUBLIC_HOST?.trim() || 'idmg.example.gov.uk';
if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(appId)) {
  process.stderr.write(`MICROSOFT_APP_ID: "${appId}" is not a GUID\n`);
  process.exit(1);
}
const manifest = readFileSync(`${DIR}manifest.json`, 'utf8')
  .replaceAll(PLACEHOLDER_ID, appId)
  .replaceAll('idmg.example.gov.uk', host);
const zip = new AdmZip();
zip.addFile('manifest.json', Buffer.from(manifest));
zip.addLocalFile(`${DIR}color.png`);
zip.addLocalFile(`${DIR}outline.png`);
mkdirSync(OUT, { recursive: true });
zip.writeZip(`${OUT}idmg-teams.zip`);
process.stdout.write(
  `${OUT}idmg-teams.zip${appId === PLACEHOLDER_ID ? ' (placeholder app id: set MICROSOFT_APP_ID for a real upload)' : ''}\n`,
);
