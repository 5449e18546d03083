/**
 * Broken save files built from recorded real ones, deterministically (the recorder and the test
 * rebuild the same bytes): truncations inside the magic, a header and a payload, impossible
 * nlmsg_len values, a wrong magic, and an attribute length that overruns its message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SaveKind } from '../../src/import/save-format/index';
import { RECORDED_DIR } from './scenarios';

/** Where the real tool's answers are stored. */
export const ERRORS_FILE = fileURLToPath(new URL('./recorded-errors.json', import.meta.url));

/** One broken file. */
export interface MutatedFile {
  name: string;
  kind: SaveKind;
  family: 4 | 6;
  bytes: Uint8Array;
}

function source(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(RECORDED_DIR, 'routes-every-kind', file)));
}

function setU32(b: Uint8Array, at: number, v: number): Uint8Array {
  const c = b.slice();
  new DataView(c.buffer).setUint32(at, v >>> 0, true);
  return c;
}

function setU16(b: Uint8Array, at: number, v: number): Uint8Array {
  const c = b.slice();
  new DataView(c.buffer).setUint16(at, v, true);
  return c;
}

/** Every broken file, for both formats. */
export function mutatedFiles(): MutatedFile[] {
  const out: MutatedFile[] = [];
  const files = [
    { kind: 'route-save' as const, family: 4 as const, bytes: source('real-route.bin') },
    { kind: 'rule-save' as const, family: 4 as const, bytes: source('real-rule4.bin') },
    { kind: 'rule-save' as const, family: 6 as const, bytes: source('real-rule6.bin') },
  ];
  for (const f of files) {
    const tag = `${f.kind}${f.family}`;
    const firstLen = new DataView(f.bytes.buffer, f.bytes.byteOffset).getUint32(4, true);
    const add = (name: string, bytes: Uint8Array) =>
      out.push({ name: `${tag} ${name}`, kind: f.kind, family: f.family, bytes });
    add('empty file', new Uint8Array(0));
    add('two bytes of magic', f.bytes.slice(0, 2));
    add('magic only', f.bytes.slice(0, 4));
    add('wrong magic', setU32(f.bytes, 0, 0x12345678));
    add('the other magic', setU32(f.bytes, 0, f.kind === 'rule-save' ? 0x45311224 : 0x71706986));
    add('cut in the first header', f.bytes.slice(0, 4 + 10));
    add('cut in the first payload', f.bytes.slice(0, 4 + 20));
    add('cut one byte short', f.bytes.slice(0, f.bytes.length - 1));
    add('cut inside the second message', f.bytes.slice(0, 4 + firstLen + 30));
    add('nlmsg_len 3', setU32(f.bytes, 4, 3));
    add('nlmsg_len 65535', setU32(f.bytes, 4, 65535));
    add('nlmsg_len -1', setU32(f.bytes, 4, 0xffffffff));
    add('nlmsg_len 16 (no header)', setU32(f.bytes, 4, 16));
    add('first attribute overruns', setU16(f.bytes, 4 + 16 + 12, 200));
  }
  return out;
}
