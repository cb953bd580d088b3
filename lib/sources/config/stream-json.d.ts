// stream-json 3 publishes its modules through `exports` ("./*": "./src/*"), which the
// project's `moduleResolution: node` does not read; this names the one entry we use.
declare module 'stream-json/parser.js' {
  export { jsonParser } from 'stream-json/src/parser.js';
}
