export { toJSON } from './json';
export { toMarkdown } from './markdown';
export { toHTML, type HTMLOptions } from './html';
export { toText, type TextOptions } from './text';
export { reportJSONSchema } from './json-schema';
