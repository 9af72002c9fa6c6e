// The build's precompressed copies (scripts/post-build.mjs, release builds): each text and Wasm
// file `x` gets `x.br` (brotli, quality 11) and `x.gz` (gzip -9) beside it, for a static host
// that serves precompressed files (nginx's brotli_static / gzip_static, Apache, most CDNs).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** What a static host compresses (images are already compressed). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest)$/;
/** A precompressed copy, served in place of its file, never listed as a file of its own. */
export const COPY = /\.(br|gz)$/;

/** Writes the copies of every compressible file under `dir`; returns how many files. */
export function compressAll(dir) {
  let n = 0;
  for (const f of fs.readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, f);
    if (!COMPRESSIBLE.test(file) || !fs.statSync(file).isFile()) continue;
    const body = fs.readFileSync(file);
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [zlib.constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm')
          ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
      },
    }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
    n += 1;
  }
  return n;
}
