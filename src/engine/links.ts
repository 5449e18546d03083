import type { Host } from './host';

/** Registers `lo` (ifindex 1, down, no addresses) as a new namespace has it (loopback_net_init). */
export function initLoopback(host: Host): void {
  const ifindex = host.nextIfindex++;
  host.links.set(ifindex, {
    ifindex,
    name: 'lo',
    kind: 'loopback',
    up: false,
    group: 0,
    mtu: 65536,
    txqlen: 1000,
    mac: [0, 0, 0, 0, 0, 0],
    addrgenmode: 'eui64',
  });
  host.sysctl.addDevice('lo');
}
