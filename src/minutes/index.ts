export { decodeMinutes } from './decode.js';
export { parseMinutes } from './parse.js';
export * from './types.js';
