import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';
import {
  decodeShareFragment,
  encodeShareFragment,
  hasControlCharacters,
  isShareFragment,
  MAX_FRAGMENT_CHARS,
  MAX_SCRIPT_BYTES,
} from './share-link';
import { decodeUtf8, encodeUtf8 } from './utf8';

/**
 * Links made by earlier versions, frozen: each must keep loading to exactly this scenario.
 * (Like compiler-explorer's static/tests/url-tests.ts.) Never edit an entry; add new ones.
 */
const FROZEN: { link: string; script: string; probe?: string }[] = [
  {
    link: '#s=yyxQyMnMy1ZITElRSC3JMFAoqSxIVUgpzc2t5ALKFeWXlqSCJVNS0xJLc0qAdBlYIUI2PbVEwdDSSM9Az0jPyFQhN7EoW8GQCwA&p=192.0.2.25%20mark%201',
    script: 'ip link add eth0 type dummy\nip route add default dev eth0\nip route get 192.0.2.25 mark 1\n',
    probe: '192.0.2.25 mark 1',
  },
  {
    link: '#s=yyxQyMnMy1YoTi1RyMlXKC3gAooUleakKiSmpCjk5ZcopJXnJhZlK5gaWhgZKJQkJgGlwGwuAA',
    script: 'ip link set lo up\nip rule add not fwmark 51820 table 51820\n',
  },
];

describe('encodeBase64url / decodeBase64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(decodeBase64url(encodeBase64url(b))).toEqual(b);
      }),
    );
  });

  it('matches RFC 4648 test vectors without padding', () => {
    const enc = (s: string) => encodeBase64url(encodeUtf8(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual([
      '',
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
      'Zm9vYmFy',
    ]);
    expect(encodeBase64url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(decodeBase64url('ab$d')).toBeNull();
    expect(decodeBase64url('abcde')).toBeNull();
  });
});

describe('encodeUtf8 / decodeUtf8', () => {
  it('round-trips any string without lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        expect(decodeUtf8(encodeUtf8(s))).toBe(s);
      }),
    );
  });

  it('refuses overlong forms, surrogates and truncated sequences', () => {
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xff], [0xf4, 0x90, 0x80, 0x80]]) {
      expect(decodeUtf8(Uint8Array.from(bad)), String(bad)).toBeNull();
    }
  });
});

describe('encodeShareFragment / decodeShareFragment', () => {
  it('frozen links keep loading to the same scenario', () => {
    for (const f of FROZEN) {
      const r = decodeShareFragment(f.link);
      expect(r).toEqual({
        ok: true,
        value: f.probe ? { script: f.script, probe: f.probe } : { script: f.script },
      });
    }
  });

  it('encoding is stable: the frozen scenarios encode to the frozen links', () => {
    for (const f of FROZEN) expect(encodeShareFragment({ script: f.script, probe: f.probe })).toBe(f.link);
  });

  it('round-trips any script and probe', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', maxLength: 400 })
          .map((s) => [...s].filter((c) => !hasControlCharacters(c, true)).join('')),
        fc.option(
          fc.stringMatching(/^[0-9a-z.:/ ]{1,40}$/).map((s) => s.trim()),
          { nil: undefined },
        ),
        (script, probe) => {
          const r = decodeShareFragment(encodeShareFragment({ script, probe }));
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(r.value.script).toBe(script);
            expect(r.value.probe).toBe(probe || undefined);
          }
        },
      ),
    );
  });

  it('the fragment holds only URL-safe characters', () => {
    const f = encodeShareFragment({
      script: 'ip rule add from 10.0.0.0/8 table 7 # é\n',
      probe: '1.2.3.4 from 10.1.1.1 iif eth0',
    });
    expect(f).toMatch(/^#s=[A-Za-z0-9_-]+&p=[A-Za-z0-9%._~!*'()-]+$/);
  });

  it('accepts a link without the leading # and an empty probe', () => {
    const f = encodeShareFragment({ script: 'ip rule show\n' }).slice(1);
    expect(decodeShareFragment(`${f}&p=`)).toEqual({ ok: true, value: { script: 'ip rule show\n' } });
  });

  it('recognises share fragments, broken ones included', () => {
    expect(isShareFragment('#s=')).toBe(true);
    expect(isShareFragment('#p=1&s=x')).toBe(true);
    expect(isShareFragment('#top')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });
});

describe('decodeShareFragment refuses hostile links with a message', () => {
  const refuses = (hash: string, message: RegExp) => {
    const r = decodeShareFragment(hash);
    expect(r.ok, hash.slice(0, 40)).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  };
  const packed = (bytes: Uint8Array) => encodeBase64url(deflateSync(bytes));

  it('not base64url', () => refuses('#s=<script>alert(1)</script>', /not base64url/));
  it('not DEFLATE', () => refuses('#s=AAAA', /does not decompress/));
  it('empty', () => refuses('#s=', /no scenario/));
  it('unknown and repeated keys', () => {
    refuses('#s=abc&x=1', /unknown part "x"/);
    refuses('#s=abc&s=abc', /twice/);
  });
  it('a zip bomb: inflates past the limit', () =>
    refuses(`#s=${packed(new Uint8Array(MAX_SCRIPT_BYTES + 1).fill(0x61))}`, /too large/));
  it('accepts exactly the limit', () =>
    expect(decodeShareFragment(`#s=${packed(new Uint8Array(MAX_SCRIPT_BYTES).fill(0x61))}`).ok).toBe(true));
  it('too long a fragment', () => refuses(`#s=${'A'.repeat(MAX_FRAGMENT_CHARS + 1)}`, /too long/));
  it('bytes that are not UTF-8', () =>
    refuses(`#s=${packed(Uint8Array.from([0x69, 0xff, 0x70]))}`, /not UTF-8/));
  it('control characters', () => refuses(`#s=${packed(encodeUtf8('ip rule\0show'))}`, /control characters/));
  it('a probe that is not URL-encoded text', () =>
    refuses(`#s=${packed(encodeUtf8('x'))}&p=%E0%A4%A`, /probe/));
  it('a probe with a newline', () => refuses(`#s=${packed(encodeUtf8('x'))}&p=1.2.3.4%0Aip%20link`, /probe/));
});
