/**
 * The `ip link` and `ip address` commands behind the Links tab: adding a link of each type the
 * engine models (a VRF with its table), setting its mtu, alias and group, and adding addresses of
 * either family. Running them is what validates them.
 */

/** Link types the Add-a-link form offers. */
export const LINK_KINDS = ['veth', 'dummy', 'bridge', 'vrf'] as const;

/** One of LINK_KINDS. */
export type LinkKind = (typeof LINK_KINDS)[number];

/** Fields of the Add-a-link form. */
export interface LinkForm {
  name: string;
  kind: LinkKind;
  /** veth only: the peer's name (empty: NAME-p). */
  peer: string;
  /** vrf only: the table its l3mdev rule sends lookups to. */
  vrfTable: string;
}

/** An empty Add-a-link form. */
export function emptyLinkForm(): LinkForm {
  return { name: '', kind: 'veth', peer: '', vrfTable: '10' };
}

/** Quotes a word for the script when the shell would split or expand it. */
export function shellWord(v: string): string {
  if (v !== '' && /^[\w@%+=:,./-]+$/.test(v)) return v;
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

/** `ip link add NAME type KIND ...`. */
export function linkAddCommand(f: LinkForm): string {
  const name = shellWord(f.name.trim());
  if (f.kind === 'veth')
    return `ip link add ${name} type veth peer name ${shellWord(f.peer.trim() || `${f.name.trim()}-p`)}`;
  if (f.kind === 'vrf') return `ip link add ${name} type vrf table ${shellWord(f.vrfTable.trim())}`;
  return `ip link add ${name} type ${f.kind}`;
}

/** `ip link set DEV mtu N`. */
export function linkMtuCommand(dev: string, mtu: string): string {
  return `ip link set ${shellWord(dev)} mtu ${shellWord(mtu.trim())}`;
}

/** `ip link set DEV alias TEXT` (quoted when it has blanks). */
export function linkAliasCommand(dev: string, alias: string): string {
  return `ip link set ${shellWord(dev)} alias ${shellWord(alias)}`;
}

/** `ip link set DEV group G`. */
export function linkGroupCommand(dev: string, group: string): string {
  return `ip link set ${shellWord(dev)} group ${shellWord(group.trim())}`;
}

/** The family an address as typed belongs to: 6 when it has a colon. */
export function addressFamily(addr: string): 4 | 6 {
  return addr.includes(':') ? 6 : 4;
}

/** `ip [-6] address add ADDR dev DEV`, the family taken from the address. */
export function addressAddCommand(dev: string, addr: string): string {
  return `ip ${addressFamily(addr) === 6 ? '-6 ' : ''}addr add ${shellWord(addr.trim())} dev ${shellWord(dev)}`;
}
