import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AdmZip from 'adm-zip';
import Draft04 from 'ajv-draft-04';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../src/chat/grammar.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(`${ROOT}manifests/teams/manifest.json`, 'utf8'));
const require = createRequire(import.meta.url);
// Microsoft's schemas are draft-04; the CommonJS class arrives as the module or as its default.
const Ajv = ((Draft04 as unknown as { default?: unknown }).default ??
  Draft04) as unknown as typeof Draft04.default;

describe('the Teams manifest', () => {
  it('validates offline against Microsoft’s JSON schema for its version', () => {
    const version = manifest.manifestVersion as string;
    expect(manifest.$schema).toContain(`/v${version}/`);
    const schemaPath = require.resolve(
      `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('asks for the bot in personal, team and group chat, with the thread-reading permission and commands that match the bot’s', () => {
    const bot = manifest.bots[0];
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.authorization.permissions.resourceSpecific).toContainEqual({
      name: 'ChannelMessage.Read.Group',
      type: 'Application',
    });
    const titles = bot.commandLists[0].commands.map((c: { title: string }) => c.title);
    const words = new Set([...COMMAND_HELP.map((c) => c.usage.split(' ')[0]), 'round']);
    expect(new Set(titles)).toEqual(words);
  });

  it('has a 192×192 colour icon and a 32×32 transparent outline icon', () => {
    const color = PNG.sync.read(readFileSync(`${ROOT}manifests/teams/color.png`));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(readFileSync(`${ROOT}manifests/teams/outline.png`));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const alphas = new Set<number>();
    for (let i = 3; i < outline.data.length; i += 4) alphas.add(outline.data[i] ?? 255);
    expect(alphas.has(0)).toBe(true);
    for (let i = 0; i < outline.data.length; i += 4) {
      if ((outline.data[i + 3] ?? 0) > 0)
        expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
    }
  });

  it('npm run package:teams builds the zip with the app id filled in', () => {
    const appId = '12345678-1234-4234-8234-123456789abc';
    execFileSync(
      process.execPath,
      [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}scripts/package-teams.ts`],
      {
        env: { PATH: process.env.PATH ?? '', MICROSOFT_APP_ID: appId },
      },
    );
    const zip = new AdmZip(`${ROOT}dist/idmg-teams.zip`);
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(zip.readAsText('manifest.json'));
    expect(packed.id).toBe(appId);
    expect(packed.bots[0].botId).toBe(appId);
  });
});
