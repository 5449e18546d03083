/** The built-in examples, in the order the picker lists them; the first is the default scenario. */
import { example as androidNetd } from './android-netd';
import { example as blackhole } from './blackhole-unreachable-prohibit';
import { example as cilium } from './cilium';
import type { Example } from './example';
import { example as gotoNop } from './goto-nop';
import { example as ipv6Split } from './ipv6-split-default';
import { example as lartcMail } from './lartc-mail';
import { example as multihoming } from './multihoming-by-source';
import { example as mullvad } from './mullvad';
import { example as perUser } from './per-user-uidrange';
import { example as priorityFight } from './priority-fight';
import { example as rpFilter } from './rp-filter-asymmetric';
import { example as tailscale } from './tailscale';
import { example as wgQuick } from './wg-quick-full-tunnel';

export type { Example } from './example';

/** Every built-in example; EXAMPLES[0] (LARTC mail) opens when there is no link and no saved work. */
export const EXAMPLES: readonly Example[] = [
  lartcMail,
  wgQuick,
  tailscale,
  priorityFight,
  mullvad,
  androidNetd,
  cilium,
  multihoming,
  perUser,
  blackhole,
  gotoNop,
  rpFilter,
  ipv6Split,
];

/** The example with `id`, if any. */
export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
