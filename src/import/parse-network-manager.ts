/**
 * NetworkManager routing rules: `nmcli connection show` lines (`ipv4.routing-rules: priority 5
 * from 10.0.0.0/8 table 100, priority 6 ...`) and keyfile `[ipv4]`/`[ipv6]` sections
 * (`routing-rule1=priority 5 from 10.0.0.0/8 table 100`). Their syntax is ip rule's, with
 * `priority` mandatory (nm_ip_routing_rule_from_string); NetworkManager installs each with that
 * priority.
 */
import { iniSections } from './parse-networkd';
import type { Block, Located, SourceLoc } from './types';
import { at, type Warnings } from './warnings';

function ruleCommand(text: string, six: boolean, loc: SourceLoc, warnings: Warnings): Located<string>[] {
  const t = text.trim();
  if (t === '' || t === '--') return [];
  if (!/\bpriority \d+/.test(t)) {
    warnings.add(loc, `NetworkManager routing rule without priority (NetworkManager rejects it): ${t}`);
    return [];
  }
  return [{ value: `ip ${six ? '-6' : '-4'} rule add ${t}`, loc }];
}

/** The `ip rule add` commands of NetworkManager routing rules in a block. */
export function parseNetworkManager(b: Block, warnings: Warnings): Located<string>[] {
  const out: Located<string>[] = [];
  if (b.lines.some((l) => /^\s*\[/.test(l))) {
    for (const s of iniSections(b, warnings)) {
      if (s.name !== 'ipv4' && s.name !== 'ipv6') continue;
      for (const e of s.entries)
        if (/^routing-rule\d+$/.test(e.key))
          out.push(...ruleCommand(e.value, s.name === 'ipv6', e.loc, warnings));
    }
    return out;
  }
  b.lines.forEach((line, i) => {
    const m = /^(\s*)ipv([46])\.routing-rules:(\s*)(.*)$/.exec(line);
    if (!m) return;
    let col = m[1].length + `ipv4.routing-rules:`.length + m[3].length + 1;
    for (const part of m[4].split(',')) {
      const lead = part.length - part.trimStart().length;
      out.push(...ruleCommand(part, m[2] === '6', at(b.file, b.firstLine + i, col + lead), warnings));
      col += part.length + 1;
    }
  });
  return out;
}
