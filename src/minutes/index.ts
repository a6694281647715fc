export { decodeMinutes } from './decode.js';
export type { Block, MinutesDocument } from './document/model.js';
export { headerLines as documentHeaderLines } from './document/model.js';
export { detectMinutesKind, type MinutesFileKind } from './files/detect.js';
export { type OpenedMinutes, openMinutesFile } from './files/open.js';
export { parseMinutesDocument, parseMinutesText } from './files/parse-off-thread.js';
export { parseDocument, parseMinutes } from './parse.js';
export * from './types.js';
