/**
 * systemd-networkd `.network` files: each `[RoutingPolicyRule]` section becomes the `ip rule add`
 * networkd would send, and `[Route]` / `[Address]` sections the `ip route add` / `ip addr add`
 * (for the device `Name=` of `[Match]` names). What networkd installs, per
 * src/network/networkd-routing-policy-rule.c: protocol `static` (routing_policy_rule_new_static,
 * v248+), no priority unless `Priority=` (the kernel then picks one), IPv4 only unless `Family=`
 * says otherwise or `From=`/`To=` are IPv6, table main by default.
 */
import type { Block, Located, SourceLoc } from './types';
import { at, type Warnings } from './warnings';

interface Entry {
  key: string;
  value: string;
  loc: SourceLoc;
}

interface Section {
  name: string;
  loc: SourceLoc;
  entries: Entry[];
}

/** The sections of an INI-like block (`[Name]` then `Key=Value` lines). */
export function iniSections(b: Block, warnings: Warnings): Section[] {
  const out: Section[] = [];
  b.lines.forEach((line, i) => {
    const n = b.firstLine + i;
    const t = line.trim();
    if (t === '' || t.startsWith('#') || t.startsWith(';')) return;
    const head = /^\[([^\]]+)\]$/.exec(t);
    if (head) {
      out.push({ name: head[1], loc: at(b.file, n, line.indexOf('[') + 1), entries: [] });
      return;
    }
    const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(t);
    if (!kv || out.length === 0) {
      warnings.add(at(b.file, n), `not a Key=Value line of a section: ${JSON.stringify(t.slice(0, 60))}`);
      return;
    }
    out[out.length - 1].entries.push({
      key: kv[1],
      value: kv[2],
      loc: at(b.file, n, line.indexOf(kv[1]) + 1),
    });
  });
  return out;
}

const RULE_KEYS: Record<string, (v: string) => string> = {
  TypeOfService: (v) => `tos ${v}`,
  From: (v) => `from ${v}`,
  To: (v) => `to ${v}`,
  FirewallMark: (v) => `fwmark ${v}`,
  Table: (v) => `table ${v}`,
  Priority: (v) => `pref ${v}`,
  IncomingInterface: (v) => `iif ${v}`,
  OutgoingInterface: (v) => `oif ${v}`,
  SourcePort: (v) => `sport ${v}`,
  DestinationPort: (v) => `dport ${v}`,
  IPProtocol: (v) => `ipproto ${v}`,
  User: (v) => `uidrange ${v.includes('-') ? v : `${v}-${v}`}`,
  SuppressPrefixLength: (v) => `suppress_prefixlength ${v}`,
  SuppressInterfaceGroup: (v) => `suppress_ifgroup ${v}`,
  GoTo: (v) => `goto ${v}`,
  L3MasterDevice: (v) => (/^(yes|true|1|on)$/i.test(v) ? 'l3mdev' : ''),
  Type: (v) => (v === 'table' ? '' : v),
};

function ruleCommands(s: Section, warnings: Warnings): Located<string>[] {
  const words: string[] = [];
  let not = false;
  let family = '';
  for (const e of s.entries) {
    if (e.key === 'InvertRule') not = /^(yes|true|1|on)$/i.test(e.value);
    else if (e.key === 'Family') family = e.value;
    else if (RULE_KEYS[e.key]) words.push(RULE_KEYS[e.key](e.value));
    else warnings.add(e.loc, `[RoutingPolicyRule] ${e.key}= is not rebuilt`);
  }
  if (!words.some((w) => /^(table|goto|blackhole|unreachable|prohibit|l3mdev)\b/.test(w)))
    words.push('table main');
  const v6 = words.some((w) => /^(from|to) \S*:/.test(w));
  const families = family === 'both' ? ['-4', '-6'] : family === 'ipv6' || v6 ? ['-6'] : ['-4'];
  const body = `${not ? 'not ' : ''}${words.filter(Boolean).join(' ')} proto static`;
  return families.map((f) => ({ value: `ip ${f} rule add ${body}`, loc: s.loc }));
}

/** The commands that the `[RoutingPolicyRule]`, `[Route]` and `[Address]` sections of a block install. */
export function parseNetworkd(b: Block, warnings: Warnings): Located<string>[] {
  const sections = iniSections(b, warnings);
  const dev = sections.find((s) => s.name === 'Match')?.entries.find((e) => e.key === 'Name')?.value;
  const out: Located<string>[] = [];
  for (const s of sections) {
    if (s.name === 'RoutingPolicyRule') out.push(...ruleCommands(s, warnings));
    else if (s.name === 'Address' || s.name === 'Route') {
      const get = (k: string) => s.entries.find((e) => e.key === k)?.value;
      if (!dev || /[*?[]/.test(dev)) {
        warnings.add(
          s.loc,
          `[${s.name}] needs one device: [Match] Name= is ${dev ? 'a pattern' : 'missing'}`,
        );
        continue;
      }
      if (s.name === 'Address' && get('Address'))
        out.push({ value: `ip addr add ${get('Address')} dev ${dev}`, loc: s.loc });
      if (s.name === 'Route') {
        const w = [`ip route add ${get('Destination') ?? 'default'}`];
        if (get('Gateway')) w.push(`via ${get('Gateway')}`);
        w.push(`dev ${dev}`);
        if (get('Table')) w.push(`table ${get('Table')}`);
        if (get('Metric')) w.push(`metric ${get('Metric')}`);
        w.push('proto static');
        out.push({ value: w.join(' '), loc: s.loc });
      }
    }
  }
  return out;
}
