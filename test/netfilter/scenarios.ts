/**
 * Scenarios for checking the packet path against the kernel: a host script (run in a namespace
 * and in the simulator), kernel-only plumbing (peers moved to a second namespace, permanent
 * neighbours so packets leave at once), and packets to send. record-paths.ts (root) sends them
 * through the real kernel and writes what left which link; packet-path.test.ts replays them.
 */

/** A packet: sent by the host (`local`) or injected on a link (`arrive`). */
export interface PathPacket {
  /** 6 for IPv6 (local packets only); 4 when absent. */
  family?: 4 | 6;
  /** Unique id; also the packet's source port, so it can be found in the capture. */
  id: number;
  kind: 'local' | 'arrive';
  proto: 'udp' | 'tcp';
  dst: string;
  dport: number;
  /** local: a bound source; arrive: the source on the wire. */
  src?: string;
  /** local: SO_MARK. */
  mark?: number;
  /** arrive: the host link it arrives on. */
  iif?: string;
}

/** One scenario. */
export interface PathScenario {
  name: string;
  /** Commands run in the host namespace and by the simulator. */
  script: string;
  /** Host links whose peer (LINK-peer) is moved to the peer namespace and captured on. */
  links: string[];
  /** Permanent neighbours (kernel only): gateway address → MAC. */
  neighbours: Record<string, { dev: string; mac: string }>;
  packets: PathPacket[];
  /** Packets sent in order share connections (conntrack). */
}

const LARTC = `ip link set lo up
ip link add eth0 type veth peer name eth0-peer
ip link add ppp0 type veth peer name ppp0-peer
ip link set eth0 up
ip link set eth0-peer up
ip link set ppp0 up
ip link set ppp0-peer up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 195.96.98.254/30 dev ppp0
ip route add default via 10.0.0.1 dev eth0
echo 201 mail.out >> /etc/iproute2/rt_tables
ip rule add fwmark 1 table mail.out
ip route add default via 195.96.98.253 dev ppp0 table mail.out
`;
const LARTC_NEIGH = {
  '10.0.0.1': { dev: 'eth0', mac: '02:00:00:00:01:01' },
  '195.96.98.253': { dev: 'ppp0', mac: '02:00:00:00:02:53' },
};

const NAT_HOST = `ip link set lo up
ip link add eth0 type veth peer name eth0-peer
ip link add eth1 type veth peer name eth1-peer
ip link set eth0 up
ip link set eth0-peer up
ip link set eth1 up
ip link set eth1-peer up
ip addr add 203.0.113.1/24 dev eth0
ip addr add 10.0.1.1/24 dev eth1
sysctl -w net.ipv4.ip_forward=1
ip route add default via 203.0.113.254 dev eth0
ip route add default via 203.0.113.253 dev eth0 table 100
ip rule add from 203.0.113.1 lookup 100 pref 100
`;
const NAT_NEIGH = {
  '203.0.113.254': { dev: 'eth0', mac: '02:00:00:00:02:54' },
  '203.0.113.253': { dev: 'eth0', mac: '02:00:00:00:02:53' },
  '10.0.1.5': { dev: 'eth1', mac: '02:00:00:00:01:05' },
  '198.51.100.7': { dev: 'eth0', mac: '02:00:00:00:00:07' },
};

/** The scenarios. */
export const SCENARIOS: PathScenario[] = [
  {
    name: 'lartc-output-mark-reroute',
    script: `${LARTC}iptables -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
iptables -t mangle -A OUTPUT -p udp --dport 25 -j MARK --set-mark 1
`,
    links: ['eth0', 'ppp0'],
    neighbours: LARTC_NEIGH,
    packets: [
      { id: 40001, kind: 'local', proto: 'udp', dst: '192.0.2.25', dport: 25 },
      { id: 40002, kind: 'local', proto: 'udp', dst: '192.0.2.25', dport: 80 },
      { id: 40003, kind: 'local', proto: 'tcp', dst: '192.0.2.25', dport: 25 },
      { id: 40004, kind: 'local', proto: 'udp', dst: '192.0.2.25', dport: 80, src: '195.96.98.254' },
      { id: 40005, kind: 'local', proto: 'udp', dst: '192.0.2.25', dport: 80, mark: 1 },
      { id: 40006, kind: 'local', proto: 'udp', dst: '192.0.2.25', dport: 25, src: '10.0.0.2' },
    ],
  },
  {
    name: 'mark-chains-forward',
    script: `${LARTC}sysctl -w net.ipv4.ip_forward=1
ip link add lan0 type veth peer name lan0-peer
ip link set lan0 up
ip link set lan0-peer up
ip addr add 192.168.1.1/24 dev lan0
ip rule add fwmark 0x10/0xf0 table mail.out pref 100
iptables -t mangle -N classify
iptables -t mangle -A classify -p udp --dport 25 -j MARK --set-xmark 0x10/0xf0
iptables -t mangle -A classify -p udp -m multiport --dports 465,587 -j MARK --or-mark 0x1f
iptables -t mangle -A classify -m mark --mark 0x1f -j MARK --and-mark 0x10
iptables -t mangle -A classify -s 192.168.1.99 -j RETURN
iptables -t mangle -A classify -p udp --dport 2525 -j MARK --set-mark 0x10
iptables -t mangle -A PREROUTING -i lan0 -j classify
iptables -t mangle -A PREROUTING -i lan0 -p udp --dport 8025 -j MARK --xor-mark 0x10
`,
    links: ['eth0', 'ppp0', 'lan0'],
    neighbours: { ...LARTC_NEIGH },
    packets: [
      {
        id: 41001,
        kind: 'arrive',
        proto: 'udp',
        iif: 'lan0',
        src: '192.168.1.20',
        dst: '192.0.2.25',
        dport: 25,
      },
      {
        id: 41002,
        kind: 'arrive',
        proto: 'udp',
        iif: 'lan0',
        src: '192.168.1.20',
        dst: '192.0.2.25',
        dport: 80,
      },
      {
        id: 41003,
        kind: 'arrive',
        proto: 'udp',
        iif: 'lan0',
        src: '192.168.1.20',
        dst: '192.0.2.25',
        dport: 587,
      },
      {
        id: 41004,
        kind: 'arrive',
        proto: 'udp',
        iif: 'lan0',
        src: '192.168.1.99',
        dst: '192.0.2.25',
        dport: 2525,
      },
      {
        id: 41005,
        kind: 'arrive',
        proto: 'udp',
        iif: 'lan0',
        src: '192.168.1.20',
        dst: '192.0.2.25',
        dport: 2525,
      },
      {
        id: 41006,
        kind: 'arrive',
        proto: 'udp',
        iif: 'lan0',
        src: '192.168.1.20',
        dst: '192.0.2.25',
        dport: 8025,
      },
    ],
  },
  {
    name: 'dnat-reply-misses-from-rule',
    script: `${NAT_HOST}iptables -t nat -A PREROUTING -i eth0 -d 203.0.113.1 -p udp --dport 8080 -j DNAT --to-destination 10.0.1.5:80
`,
    links: ['eth0', 'eth1'],
    neighbours: NAT_NEIGH,
    packets: [
      {
        id: 42001,
        kind: 'arrive',
        proto: 'udp',
        iif: 'eth0',
        src: '198.51.100.7',
        dst: '203.0.113.1',
        dport: 8080,
      },
      // The reply of the service: its id is the client's port, its port the service's.
      {
        id: 80,
        kind: 'arrive',
        proto: 'udp',
        iif: 'eth1',
        src: '10.0.1.5',
        dst: '198.51.100.7',
        dport: 42001,
      },
    ],
  },
  {
    name: 'dnat-reply-connmark-fix',
    script: `${NAT_HOST}ip rule add fwmark 7 lookup 100 pref 90
iptables -t nat -A PREROUTING -i eth0 -d 203.0.113.1 -p udp --dport 8080 -j DNAT --to-destination 10.0.1.5:80
iptables -t mangle -A PREROUTING -i eth0 -j CONNMARK --set-mark 7
iptables -t mangle -A PREROUTING -i eth1 -j CONNMARK --restore-mark
`,
    links: ['eth0', 'eth1'],
    neighbours: NAT_NEIGH,
    packets: [
      {
        id: 43001,
        kind: 'arrive',
        proto: 'udp',
        iif: 'eth0',
        src: '198.51.100.7',
        dst: '203.0.113.1',
        dport: 8080,
      },
      {
        id: 80,
        kind: 'arrive',
        proto: 'udp',
        iif: 'eth1',
        src: '10.0.1.5',
        dst: '198.51.100.7',
        dport: 43001,
      },
    ],
  },
  {
    name: 'masquerade-and-snat',
    script: `${NAT_HOST}ip addr add 198.18.0.1/15 dev eth0
ip route add 198.18.0.0/15 via 203.0.113.253 dev eth0 table 100
iptables -t nat -A POSTROUTING -o eth0 -p udp --dport 53 -j SNAT --to-source 203.0.113.9
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
`,
    links: ['eth0', 'eth1'],
    neighbours: NAT_NEIGH,
    packets: [
      { id: 44001, kind: 'arrive', proto: 'udp', iif: 'eth1', src: '10.0.1.5', dst: '192.0.2.1', dport: 80 },
      { id: 44002, kind: 'arrive', proto: 'udp', iif: 'eth1', src: '10.0.1.5', dst: '192.0.2.1', dport: 53 },
      { id: 44003, kind: 'local', proto: 'udp', dst: '192.0.2.1', dport: 80 },
    ],
  },
  {
    name: 'output-dnat-reroute-keeps-source',
    script: `${LARTC}iptables -t nat -A OUTPUT -d 192.0.2.80 -p udp -j DNAT --to-destination 195.96.98.253
iptables -t mangle -A OUTPUT -d 192.0.2.81 -p udp -j MARK --set-mark 1
iptables -t mangle -A OUTPUT -d 192.0.2.82 -p udp -j MARK --set-mark 1
iptables -t nat -A POSTROUTING -o ppp0 -d 192.0.2.82 -j MASQUERADE
`,
    links: ['eth0', 'ppp0'],
    neighbours: LARTC_NEIGH,
    packets: [
      { id: 45001, kind: 'local', proto: 'udp', dst: '192.0.2.80', dport: 7 },
      { id: 45002, kind: 'local', proto: 'udp', dst: '192.0.2.81', dport: 7 },
      { id: 45003, kind: 'local', proto: 'udp', dst: '192.0.2.82', dport: 7 },
    ],
  },
  {
    name: 'ipv6-output-mark-reroute',
    script: `ip link set lo up
ip link add eth0 type veth peer name eth0-peer
ip link add ppp0 type veth peer name ppp0-peer
ip link set eth0 up
ip link set eth0-peer up
ip link set ppp0 up
ip link set ppp0-peer up
ip -6 addr add 2001:db8:1::2/64 dev eth0 nodad
ip -6 addr add 2001:db8:2::2/64 dev ppp0 nodad
ip -6 route add default via 2001:db8:1::1 dev eth0
ip -6 rule add fwmark 1 table 201
ip -6 route add default via 2001:db8:2::1 dev ppp0 table 201
ip6tables -t mangle -A OUTPUT -p udp --dport 25 -j MARK --set-mark 1
`,
    links: ['eth0', 'ppp0'],
    neighbours: {
      '2001:db8:1::1': { dev: 'eth0', mac: '02:00:00:00:61:01' },
      '2001:db8:2::1': { dev: 'ppp0', mac: '02:00:00:00:62:01' },
    },
    packets: [
      { id: 46001, family: 6, kind: 'local', proto: 'udp', dst: '2001:db8:99::25', dport: 25 },
      { id: 46002, family: 6, kind: 'local', proto: 'udp', dst: '2001:db8:99::25', dport: 80 },
      { id: 46003, family: 6, kind: 'local', proto: 'udp', dst: '2001:db8:99::25', dport: 80, mark: 1 },
    ],
  },
];
