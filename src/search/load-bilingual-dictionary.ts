import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Logger } from '../logger.js';
import { type BilingualDictionary, buildBilingualDictionary } from '../text/bilingual-dictionary.js';
import { parseDictdIndex } from '../text/parse-dictd.js';

/** Where Debian's `dict-freedict-eng-ara` and `dict-freedict-ara-eng` install their dictd files. */
export const DICTD_DIR = '/usr/share/dictd';

/** The two FreeDict dictionaries read, one per direction. */
const NAMES = ['freedict-eng-ara', 'freedict-ara-eng'];

const loaded = new Map<string, BilingualDictionary | null>();

/**
 * The FreeDict English-Arabic and Arabic-English dictionaries installed in `dir` as one
 * BilingualDictionary, or null when either is absent (the product then answers as without it, and
 * says so once in the log). The files are read and the headwords indexed on the first lookup (about
 * half a second), not here, so a command that asks nothing pays nothing; once per directory and process.
 */
export function loadBilingualDictionary(logger: Pick<Logger, 'info'>, dir: string = DICTD_DIR): BilingualDictionary | null {
  const known = loaded.get(dir);
  if (known !== undefined) return known;
  const files = NAMES.flatMap((name) => [join(dir, `${name}.index`), join(dir, `${name}.dict.dz`)]);
  const absent = files.filter((file) => !existsSync(file));
  if (absent.length > 0) {
    logger.info({ absent }, 'bilingual dictionary not installed (apt-get install dict-freedict-eng-ara dict-freedict-ara-eng): words no list translates stay untranslated');
    loaded.set(dir, null);
    return null;
  }
  let built: BilingualDictionary | undefined;
  const dictionary: BilingualDictionary = {
    translationsOf(token) {
      built ??= buildBilingualDictionary(
        NAMES.map((name) => ({ index: parseDictdIndex(readFileSync(join(dir, `${name}.index`), 'utf8')), text: gunzipSync(readFileSync(join(dir, `${name}.dict.dz`))) })),
      );
      return built.translationsOf(token);
    },
  };
  loaded.set(dir, dictionary);
  return dictionary;
}
