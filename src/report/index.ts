export { toJSON } from './json';
export { toMarkdown } from './markdown';
