/**
 * sysctl settings into `sysctl -w` commands, only where the replayed machine differs, in the
 * order that makes them stick: `default` before the devices exist (they copy it when created),
 * then the globals and `all` (writing `all.forwarding` rewrites every device), then each device.
 */
import type { SysctlItem } from './parse-sysctl';
import type { Replay } from './replay';
import type { Located } from './types';
import type { Warnings } from './warnings';

/** Which settings a phase writes. */
export type SysctlPhase = 'default' | 'global' | 'device';

function phaseOf(key: string): SysctlPhase {
  // Writing IPv6 all.forwarding writes default.forwarding too (addrconf_fixup_forwarding): a
  // default.forwarding like all's is that write's trace, not a setting from before the devices.
  if (key === 'net.ipv6.conf.default.forwarding') return 'global';
  if (/^net\.ipv[46]\.conf\.default\./.test(key)) return 'default';
  if (/^net\.ipv[46]\.conf\.all\./.test(key) || !/^net\.ipv[46]\.conf\./.test(key)) return 'global';
  return 'device';
}

/** Emits the settings of `phase` whose value differs on the replayed machine. */
export function buildSysctls(items: Located<SysctlItem>[], phase: SysctlPhase, replay: Replay): void {
  const store = replay.session.host.sysctl;
  const rank = (k: string) => (/\.all\.|ip_forward/.test(k) ? 0 : /\.default\./.test(k) ? 2 : 1);
  const ordered = [...items].sort((a, b) => rank(a.value.key) - rank(b.value.key));
  for (const { value: s, loc } of ordered) {
    const key = s.key.replaceAll('/', '.');
    if (phaseOf(key) !== phase || !store.has(key)) continue;
    if (!/^-?\d+$/.test(s.value) || store.get(key) === Number(s.value)) continue;
    replay.emit(`sysctl -w ${key}=${s.value}`, loc);
  }
}

/** One warning per block for the settings the simulator does not model (they are left out). */
export function warnUnmodelled(items: Located<SysctlItem>[], replay: Replay, warnings: Warnings): void {
  const store = replay.session.host.sysctl;
  const byFile = new Map<string, Located<SysctlItem>[]>();
  for (const it of items) {
    if (store.has(it.value.key.replaceAll('/', '.'))) continue;
    byFile.set(it.loc.file, [...(byFile.get(it.loc.file) ?? []), it]);
  }
  for (const list of byFile.values()) {
    const first = list[0];
    warnings.add(
      first.loc,
      list.length === 1
        ? `sysctl ${first.value.key} is not modelled by the simulator: left out`
        : `${list.length} sysctl settings are not modelled by the simulator and are left out (the first: ${first.value.key})`,
    );
  }
}
