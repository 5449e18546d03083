/**
 * One table's chain at one hook (ipt_do_table): rules in order, jumps and gotos to user chains,
 * RETURN, the built-in chain's policy; MARK/CONNMARK change the packet and go on, ACCEPT/DROP and
 * the NAT targets end the table. The nat table runs only for a connection's first packet; later
 * packets (and replies) get the connection's binding (nf_nat_inet_fn / nf_nat_packet).
 */
import type { Ip } from '../engine/ip';
import { formatAddr } from './addresses';
import { compiledTable, type CompiledTable } from './compile';
import type { Conntrack } from './conntrack';
import type {
  NetfilterState,
  NfAction,
  NfConn,
  NfEvent,
  NfHook,
  NfPacket,
  NfTableName,
  NfTarget,
} from './types';

/** What a hook walk may use besides the rules. */
export interface HookEnv {
  /** Connections; without one every packet is the first of a new connection (ctmark 0). */
  ct?: Conntrack;
  /** The packet's connection (skb->_nfct), found once when it entered; else looked up by tuple. */
  conn?: { conn: NfConn; reply: boolean };
  /** Trace events are pushed here when given. */
  events?: NfEvent[];
  /** MASQUERADE's source: the address the out device would choose for `dst` (inet_select_addr). */
  masqueradeSource?: (oif: string, dst: Ip) => Ip | null;
  /** REDIRECT's destination: the primary address of the in device (127.0.0.1 / ::1 for OUTPUT). */
  redirectAddress?: (iif: string | undefined) => Ip | null;
}

type Verdict = 'ACCEPT' | 'DROP';

function endpoint(ip: Ip, port: number | undefined): string {
  const a = formatAddr(ip);
  if (port === undefined) return a;
  return typeof ip === 'number' ? `${a}:${port}` : `[${a}]:${port}`;
}

function connOf(pkt: NfPacket, env: HookEnv, scratch: { c?: NfConn }): NfConn {
  if (env.conn) return env.conn.conn;
  if (env.ct) return env.ct.track(pkt).conn;
  if (!scratch.c) scratch.c = { ...newScratchConn(pkt) };
  return scratch.c;
}

function newScratchConn(p: NfPacket): NfConn {
  const sp = p.sport ?? 0;
  const dp = p.dport ?? 0;
  return {
    family: p.family,
    proto: p.proto,
    origSrc: p.src,
    origDst: p.dst,
    origSport: sp,
    origDport: dp,
    replySrc: p.dst,
    replyDst: p.src,
    replySport: dp,
    replyDport: sp,
    mark: 0,
    snatDone: false,
    dnatDone: false,
  };
}

/** Applies a non-verdict target; returns the action, or a verdict for terminal targets. */
function applyTarget(
  t: NfTarget,
  pkt: NfPacket,
  hook: NfHook,
  env: HookEnv,
  scratch: { c?: NfConn },
): NfAction | 'DROP' {
  switch (t.kind) {
    case 'mark': {
      const before = pkt.mark;
      pkt.mark = ((pkt.mark & ~t.mask) ^ t.value) >>> 0; // mark_tg
      return { kind: 'mark', before, after: pkt.mark };
    }
    case 'connmark-set': {
      const c = connOf(pkt, env, scratch);
      const before = c.mark;
      c.mark = ((c.mark & ~t.mask) ^ t.value) >>> 0;
      return { kind: 'connmark-set', before, after: c.mark };
    }
    case 'connmark-save': {
      const c = connOf(pkt, env, scratch);
      const before = c.mark;
      c.mark = ((c.mark & ~t.ctmask) ^ (pkt.mark & t.nfmask)) >>> 0; // connmark_tg XT_CONNMARK_SAVE
      return { kind: 'connmark-save', ctBefore: before, ctAfter: c.mark };
    }
    case 'connmark-restore': {
      const c = connOf(pkt, env, scratch);
      const before = pkt.mark;
      pkt.mark = ((pkt.mark & ~t.nfmask) ^ (c.mark & t.ctmask)) >>> 0; // XT_CONNMARK_RESTORE
      return { kind: 'connmark-restore', before, after: pkt.mark };
    }
    case 'dnat':
    case 'redirect': {
      const from = endpoint(pkt.dst, pkt.dport);
      let to: Ip | undefined;
      let port: number | undefined;
      if (t.kind === 'dnat') {
        to = t.to?.lo;
        port = t.to?.portLo;
      } else {
        to = env.redirectAddress?.(hook === 'OUTPUT' ? undefined : pkt.iif) ?? undefined;
        port = t.ports?.lo;
      }
      if (to !== undefined) pkt.dst = to;
      if (port !== undefined && pkt.dport !== undefined) pkt.dport = port;
      return { kind: 'dnat', from, to: endpoint(pkt.dst, pkt.dport) };
    }
    case 'snat':
    case 'masquerade': {
      const from = endpoint(pkt.src, pkt.sport);
      if (t.kind === 'snat') {
        if (t.to.lo !== undefined) pkt.src = t.to.lo;
        if (t.to.portLo !== undefined && pkt.sport !== undefined) pkt.sport = t.to.portLo;
      } else {
        const s = pkt.oif === undefined ? null : (env.masqueradeSource?.(pkt.oif, pkt.dst) ?? null);
        if (s === null) return 'DROP'; // masquerade_tg: no address on the out device
        pkt.src = s;
        if (t.ports && pkt.sport !== undefined) pkt.sport = t.ports.lo;
      }
      return { kind: 'snat', from, to: endpoint(pkt.src, pkt.sport), masquerade: t.kind === 'masquerade' };
    }
    default:
      return { kind: 'none' };
  }
}

/** Walks `chain` of a compiled table; returns the verdict. */
function walk(
  table: NfTableName,
  ct: CompiledTable,
  chain: string,
  hook: NfHook,
  pkt: NfPacket,
  env: HookEnv,
): Verdict {
  const scratch: { c?: NfConn } = {};
  const stack: { chain: string; i: number }[] = [];
  let cur = chain;
  let rules = ct.get(chain)!.rules;
  let i = 0;
  for (;;) {
    if (i >= rules.length) {
      const frame = stack.pop();
      if (!frame) {
        const policy = ct.get(chain)!.policy ?? 'ACCEPT';
        env.events?.push({ kind: 'policy', table, chain, policy });
        return policy;
      }
      cur = frame.chain;
      rules = ct.get(cur)!.rules;
      i = frame.i;
      continue;
    }
    const cr = rules[i++];
    if (!cr.matches(pkt)) continue;
    const t = cr.rule.target;
    const ev = env.events;
    const at = { kind: 'rule' as const, table, chain: cur, index: i, rule: cr.line };
    if (t.kind === 'verdict') {
      ev?.push({ ...at, action: { kind: 'verdict', verdict: t.verdict } });
      if (t.verdict !== 'RETURN') return t.verdict;
      i = rules.length; // RETURN: end of this chain
      continue;
    }
    if (t.kind === 'jump') {
      ev?.push({ ...at, action: { kind: 'jump', chain: t.chain, goto: t.goto } });
      if (!t.goto) stack.push({ chain: cur, i });
      cur = t.chain;
      rules = ct.get(cur)!.rules;
      i = 0;
      continue;
    }
    const r = applyTarget(t, pkt, hook, env, scratch);
    if (r === 'DROP') {
      ev?.push({ ...at, action: { kind: 'verdict', verdict: 'DROP' } });
      return 'DROP';
    }
    ev?.push({ ...at, action: r });
    if (r.kind === 'dnat' || r.kind === 'snat') return 'ACCEPT';
  }
}

/** Replays a connection's NAT binding on a later packet or a reply (nf_nat_packet). */
function natBinding(
  conn: NfConn,
  reply: boolean,
  manip: 'src' | 'dst',
  hook: NfHook,
  pkt: NfPacket,
  env: HookEnv,
): void {
  const before = manip === 'src' ? endpoint(pkt.src, pkt.sport) : endpoint(pkt.dst, pkt.dport);
  if (!reply) {
    if (manip === 'dst')
      [pkt.dst, pkt.dport] = [conn.replySrc, pkt.dport === undefined ? undefined : conn.replySport];
    else [pkt.src, pkt.sport] = [conn.replyDst, pkt.sport === undefined ? undefined : conn.replyDport];
  } else if (manip === 'dst')
    [pkt.dst, pkt.dport] = [conn.origSrc, pkt.dport === undefined ? undefined : conn.origSport];
  else [pkt.src, pkt.sport] = [conn.origDst, pkt.sport === undefined ? undefined : conn.origDport];
  const after = manip === 'src' ? endpoint(pkt.src, pkt.sport) : endpoint(pkt.dst, pkt.dport);
  if (after !== before) env.events?.push({ kind: 'ct-nat', hook, from: before, to: after, reply, manip });
}

/** Runs table `table` at `hook` on `pkt` (changed in place); returns ACCEPT or DROP. */
export function runHook(
  nf: NetfilterState | undefined,
  table: NfTableName,
  hook: NfHook,
  pkt: NfPacket,
  env: HookEnv = {},
): Verdict {
  if (!nf) return 'ACCEPT';
  const fam = pkt.family === 4 ? nf.v4 : nf.v6;
  const ct = compiledTable(fam, table);
  if (!ct) return 'ACCEPT';
  const chain = ct.get(hook);
  if (!chain) return 'ACCEPT';
  if (table !== 'nat')
    return chain.rules.length === 0 ? (chain.policy ?? 'ACCEPT') : walk(table, ct, hook, hook, pkt, env);
  const manip = hook === 'PREROUTING' || hook === 'OUTPUT' ? 'dst' : 'src';
  const tracked = env.conn ?? env.ct?.track(pkt);
  if (tracked && (tracked.reply || (manip === 'dst' ? tracked.conn.dnatDone : tracked.conn.snatDone))) {
    natBinding(tracked.conn, tracked.reply, manip, hook, pkt, env);
    return 'ACCEPT';
  }
  const verdict = walk(table, ct, hook, hook, pkt, env);
  if (tracked && env.ct) {
    const c = tracked.conn;
    if (manip === 'dst') {
      c.dnatDone = true;
      env.ct.alterReply(c, pkt.dst, pkt.dport ?? 0, c.replyDst, c.replyDport);
    } else {
      c.snatDone = true;
      env.ct.alterReply(c, c.replySrc, c.replySport, pkt.src, pkt.sport ?? 0);
    }
  }
  return verdict;
}
