/**
 * rp_filter drops of replies and asymmetric traffic. With strict reverse-path filtering
 * (max(conf/all, conf/DEV) rp_filter = 1), fib_validate_source looks the packet's source up
 * as a destination, with the packet's destination as source, iif lo, mark 0 (unless
 * src_valid_mark) and uid 0, and drops the packet unless that route leaves through the device it
 * arrived on. Replies to traffic a policy rule sends out a second link (by fwmark, uidrange,
 * oif...) fail that test when the reverse lookup does not take the same rule.
 */
import { formatIp, type Ip } from '../../engine/ip';
import { RTN } from '../../engine/model';
import type { Finding } from '../doctor-types';
import { decidingRule, rpFilterFailed, runProbe } from '../doctor-probe';
import { findingOf, tableName, type DoctorContext } from './context';
import { defaultDst, sampleIn } from './table-facts';

/** A remote host when no route names one (TEST-NET-2). */
const REMOTE = 0xc6336407; // 198.51.100.7

/** Remote sources whose traffic is expected on `dev`: destinations of gateway routes through it, in any table. */
function remoteSources(ctx: DoctorContext, dev: number): { src: Ip; table?: number }[] {
  const out: { src: Ip; table?: number }[] = [];
  for (const t of ctx.session.host.tables[4].values()) {
    // One candidate per table: its shortest gateway route through the device.
    let best: { dst: Ip; len: number } | undefined;
    for (const r of t.routes()) {
      if (r.type !== RTN.UNICAST || !r.nexthops.some((nh) => nh.dev === dev && nh.gateway !== undefined))
        continue;
      if (!best || r.dstLen < best.len) best = { dst: r.dst, len: r.dstLen };
    }
    if (best) out.push({ src: best.len === 0 ? defaultDst(4) : sampleIn(best.dst, best.len), table: t.id });
  }
  // A link with a subnet can have a router on it that sends Internet traffic in (a second ISP).
  const subnet = ctx.session.host.addrsOf(dev, 4).some((a) => a.prefixLen < 31);
  if (subnet) out.push({ src: REMOTE });
  return out;
}

/** Findings (one per device) for strict rp_filter dropping traffic that arrives on that device. */
export function checkRpFilter(ctx: DoctorContext): Finding[] {
  const host = ctx.session.host;
  const out: Finding[] = [];
  for (const link of host.links.values()) {
    if (link.kind === 'loopback' || !link.up) continue;
    if (host.sysctl.ipv4Dev(link.name, 'rp_filter') !== 1) continue;
    const addr = host.addrsOf(link.ifindex, 4).find((a) => !a.secondary && a.scope === 0);
    if (!addr) continue;
    for (const cand of remoteSources(ctx, link.ifindex)) {
      const res = runProbe(ctx.session, { family: 4, dst: addr.local, src: cand.src, iif: link.name });
      if (!rpFilterFailed(res.trace)) continue;
      const rev = decidingRule({
        events: res.trace.events.slice(
          res.trace.events.findIndex((e) => e.kind === 'stage' && e.stage === 'reverse-path') + 1,
        ),
      });
      const via =
        cand.table !== undefined
          ? ` Table ${tableName(ctx, cand.table)} sends traffic for ${formatIp(cand.src)} out ${link.name}, so its replies come back there.`
          : '';
      const all = host.sysctl.get('net.ipv4.conf.all.rp_filter') ?? 0;
      const dev = host.sysctl.get(`net.ipv4.conf.${link.name}.rp_filter`) ?? 0;
      out.push(
        findingOf(
          {
            kind: 'rp-filter-drop',
            severity: 'warning',
            key: [link.name],
            family: 4,
            title: `Strict rp_filter drops packets from ${formatIp(cand.src)} arriving on ${link.name}`,
            rules: [],
            explanation:
              `rp_filter is strict on ${link.name} (max of conf.all.rp_filter=${all} and conf.${link.name}.rp_filter=${dev}). ` +
              `A packet from ${formatIp(cand.src)} to ${formatIp(addr.local)} arriving on ${link.name} is checked by looking up the way back ` +
              `(to ${formatIp(cand.src)} from ${formatIp(addr.local)}, mark 0 unless src_valid_mark, uid 0)` +
              `${rev ? `, which rule ${rev.pref} decides` : ''}, and that route does not leave through ${link.name}, so the kernel drops it.${via} ` +
              `Rules keyed on fwmark, uidrange, iif or oif do not apply to that reverse lookup. Fixes: a \`from ${formatIp(addr.local)} lookup ${cand.table !== undefined ? tableName(ctx, cand.table) : 'TABLE'}\` rule (a table that routes back through ${link.name}), ` +
              `rp_filter=2 (loose) on ${link.name} and all, or src_valid_mark=1 with the replies marked too (CONNMARK --restore-mark) for fwmark routing.`,
          },
          res,
        ),
      );
      break;
    }
  }
  return out;
}
