/**
 * Golden test of the whole `ip route` userland against the real iproute2 6.1 on Linux 6.18.
 * route-corpus.gen.py ran every line of route-corpus.cmds (`!` lines set a namespace up) under
 * strace, recording each rtnetlink route request ip sent and the kernel's decoded answers, plus
 * ip's stdout, stderr and exit status. Here the engine is replaced by a replay of those answers:
 * each request we build must equal the recorded one, and our output must equal ip's, byte for
 * byte. (Entries whose output needed `ip nexthop` objects, `nh_info` under -d, were left out:
 * nexthop objects are not simulated.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type KResult } from '../engine/errors';
import type { RouteMessage } from '../engine/netlink';
import { CommandOutput } from './context';
import { ipMain } from './ip-main';
import corpusText from './route-corpus.jsonl?raw';
import { plainRouteMessage, referenceSession, routeMessageFromPlain } from './route-test-kit';

/** One request ip sent on its rtnetlink socket and what the real kernel answered. */
interface Exchange {
  type: number;
  nlflags: number;
  request: Record<string, unknown>;
  replies: Record<string, unknown>[];
  error?: { errno: number; extack?: string };
}

interface CorpusEntry {
  argv: string[];
  exchanges: Exchange[];
  stdout: string;
  stderr: string;
  status: number;
}

/** The recorded exchanges of the command being replayed, consumed in order. */
const queue: Exchange[] = [];
/** Requests whose kind or content differed from the recording. */
const mismatches: string[] = [];

/** JSON with object keys sorted, so attribute order (which the kernel ignores) does not matter. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );
}

/** Takes the next recorded exchange, checks the request against it, and answers as the kernel did. */
function replay<T>(type: number, msg: RouteMessage, answer: (x: Exchange) => T): KResult<T> {
  const x = queue.shift();
  if (!x) {
    mismatches.push(`unexpected request type ${type}`);
    return fail(95);
  }
  const got = canonical(plainRouteMessage(msg));
  const want = canonical(x.request);
  if (x.type !== type || got !== want)
    mismatches.push(`request ${type}: got ${got}, want type ${x.type} ${want}`);
  if (x.error)
    return x.error.extack === undefined ? fail(x.error.errno) : fail(x.error.errno, x.error.extack);
  return ok(answer(x));
}

vi.mock('../engine/route-ops', () => ({
  routeNew: (_h: unknown, msg: RouteMessage) => replay(24, msg, () => undefined),
  routeDel: (_h: unknown, msg: RouteMessage) => replay(25, msg, () => undefined),
  routeDump: (_h: unknown, msg: RouteMessage) => replay(26, msg, (x) => x.replies.map(routeMessageFromPlain)),
  // The listing walks the dump route by route: here each "route" is the recorded message itself,
  // which routeToMessage hands back and route-show-plain.ts never takes (no path record), so
  // every answer goes through printRoute.
  routeDumpEach: (_h: unknown, msg: RouteMessage, each: (r: RouteMessage) => void) => {
    const res = replay(26, msg, (x) => x.replies.map(routeMessageFromPlain));
    if (!res.ok) return res;
    for (const r of res.value) each(r);
    return ok(undefined);
  },
  routeToMessage: (_h: unknown, r: RouteMessage) => r,
  nexthopFlags: () => 0,
}));
vi.mock('../engine/route-get', () => ({
  routeGet: (_h: unknown, msg: RouteMessage) => replay(26, msg, (x) => routeMessageFromPlain(x.replies[0])),
}));

describe('ip route show/get/flush print what iproute2 6.1 prints for the kernel answers recorded with strace', () => {
  beforeEach(() => {
    queue.length = 0;
    mismatches.length = 0;
  });
  const corpus = corpusText
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as CorpusEntry);
  for (const entry of corpus) {
    it(`ip ${entry.argv.join(' ')}`, () => {
      queue.push(...entry.exchanges);
      const out = new CommandOutput();
      ipMain(referenceSession(), entry.argv, out);
      expect(mismatches).toEqual([]);
      expect(queue).toEqual([]);
      expect(out.stdout).toBe(entry.stdout);
      expect(out.stderr).toBe(entry.stderr);
      expect(out.status).toBe(entry.status);
    });
  }
});
