import { describe, expect, it } from 'vitest';
import { explainPacketPath } from './explain-packet-path';
import { packetPath } from './packet-path';
import { createSession, runScript } from './run-script';

const LARTC = `ip link add eth0 type veth peer name eth0-peer
ip link add ppp0 type veth peer name ppp0-peer
ip link set eth0 up
ip link set eth0-peer up
ip link set ppp0 up
ip link set ppp0-peer up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 195.96.98.254/30 dev ppp0
ip route add default via 10.0.0.1 dev eth0
ip rule add fwmark 1 table 201
ip route add default via 195.96.98.253 dev ppp0 table 201
iptables -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1
`;

describe('explainPacketPath', () => {
  it('says that a mark set in OUTPUT re-routes but keeps the source chosen before', () => {
    const s = createSession();
    runScript(LARTC, s);
    const r = packetPath(s, { family: 4, dst: '192.0.2.25', proto: 6, sport: 40000, dport: 25 });
    expect(explainPacketPath(r)).toEqual([
      'Routing for the socket (ip_route_output) `ip route get 192.0.2.25 ipproto 6 sport 40000 dport 25`: 192.0.2.25 via 10.0.0.1 dev eth0 src 10.0.0.2 uid 0; the source address 10.0.0.2 is chosen here.',
      'mangle OUTPUT rule 1 `-A OUTPUT -p tcp -m tcp --dport 25 -j MARK --set-xmark 0x1/0xffffffff` set mark 0x0 → 0x1.',
      'The mark changed, so the kernel re-routes (ip_route_me_harder) `ip route get 192.0.2.25 from 10.0.0.2 mark 0x1 ipproto 6 sport 40000 dport 25`: 192.0.2.25 from 10.0.0.2 via 195.96.98.253 dev ppp0 table 201 mark 1 uid 0.',
      'The packet keeps source 10.0.0.2, chosen by the first lookup, although this route would choose 195.96.98.254.',
      'The packet leaves through ppp0 from 10.0.0.2 to 192.0.2.25 with mark 0x1.',
    ]);
  });
});
