/**
 * Known users of the packet mark and the bits they use (github.com/fwmark/registry,
 * real-world.md #4), recognised by their rules' fwmark masks or their iptables MARK targets.
 * `fixed` bits carry the owner's own value `magic`; `variable` bits carry data (Cilium's
 * security identity, Calico's marks) and may take any value.
 */
import type { Rule } from '../../engine/model';
import type { NfRule } from '../../netfilter/index';

/** A mark user and the bits it claims. */
export interface MarkOwner {
  /** Short id used in finding ids: tailscale, cilium, calico, wg-quick, mullvad, vpn-0x..., kube-proxy. */
  id: string;
  name: string;
  fixed: number;
  magic: number;
  variable: number;
  /** The rules (IPv4 or IPv6) that identify it; empty for owners seen only in iptables. */
  rules: Rule[];
  /** Where its bits come from, for the explanation. */
  about: string;
}

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}

/** The owner a rule's fwmark selector belongs to (without its rules), or undefined. */
function ruleOwner(r: Rule): Omit<MarkOwner, 'rules'> | undefined {
  if (r.markMask === 0xff0000)
    return {
      id: 'tailscale',
      name: 'Tailscale',
      fixed: 0xff0000,
      magic: 0x80000,
      variable: 0,
      about:
        'Tailscale marks its own packets 0x80000 (bypass) and 0x40000 (subnet routes) within mask 0xff0000',
    };
  if (r.markMask === 0xf00)
    return {
      id: 'cilium',
      name: 'Cilium',
      fixed: 0xf00,
      magic: 0xf00,
      variable: 0xffff0000,
      about:
        'Cilium keeps a magic value in bits 0xf00 and a security identity in the upper 16 bits (bpf/lib/common.h MARK_MAGIC_IDENTITY)',
    };
  if (r.markMask === 0x100000)
    return {
      id: 'calico',
      name: 'Calico',
      fixed: 0,
      magic: 0,
      variable: 0xffff0000,
      about: 'Calico reserves the mark bits 0xffff0000 (IptablesMarkMask)',
    };
  if (r.invert && r.markMask === 0xffffffff && r.mark !== 0) {
    const name =
      r.mark === 0xca6c
        ? 'wg-quick (fwmark 51820)'
        : r.mark === 0x6d6f6c65
          ? 'Mullvad'
          : `the VPN marking ${hex(r.mark)}`;
    const id = r.mark === 0xca6c ? 'wg-quick' : r.mark === 0x6d6f6c65 ? 'mullvad' : `vpn-${hex(r.mark)}`;
    return {
      id,
      name,
      fixed: 0xffffffff,
      magic: r.mark,
      variable: 0,
      about: `${name} compares the whole 32-bit mark with ${hex(r.mark)} (no mask)`,
    };
  }
  return undefined;
}

/** kube-proxy's masquerade (0x4000) and drop (0x8000) bits, recognised from iptables MARK targets. */
function nfOwner(rule: NfRule): Omit<MarkOwner, 'rules'> | undefined {
  const t = rule.target;
  if (t.kind === 'mark' && (t.mask === 0x4000 || t.mask === 0x8000) && t.value === t.mask)
    return {
      id: 'kube-proxy',
      name: 'kube-proxy',
      fixed: 0xc000,
      magic: 0x4000,
      variable: 0,
      about: 'kube-proxy sets 0x4000 (masquerade) and 0x8000 (drop) with iptables MARK',
    };
  return undefined;
}

/** The mark owners present in a scenario, each with its rules. */
export function markOwners(rules: Rule[], nf: NfRule[]): MarkOwner[] {
  const byName = new Map<string, MarkOwner>();
  for (const r of rules) {
    const o = ruleOwner(r);
    if (!o) continue;
    const have = byName.get(o.id);
    if (have) have.rules.push(r);
    else byName.set(o.id, { ...o, rules: [r] });
  }
  for (const n of nf) {
    const o = nfOwner(n);
    if (o && !byName.has(o.id)) byName.set(o.id, { ...o, rules: [] });
  }
  return [...byName.values()];
}

/** The bits an owner uses. */
export function footprint(o: MarkOwner): number {
  return (o.fixed | o.variable) >>> 0;
}
