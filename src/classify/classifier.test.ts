import { describe, expect, it } from 'vitest';
import { createSession, runScript } from '../scenario/run-script';
import { createClassifier } from './classifier';
import { packet } from './test-packets';

function sessionOf(script: string) {
  const s = createSession();
  expect(runScript(script, s).filter((r) => r.status !== 0)).toEqual([]);
  return s;
}

const SCRIPT = `ip link set lo up
ip link add wan0 type veth peer name wan0p
ip link add lan0 type veth peer name lan0p
ip link set wan0 up
ip link set wan0p up
ip link set lan0 up
ip link set lan0p up
ip addr add 192.0.2.1/24 dev wan0
ip addr add 10.9.0.1/24 dev lan0
ip route add default via 192.0.2.254
ip route add default via 192.0.2.253 table 7
ip rule add pref 10 fwmark 0x1 lookup 7
sysctl -w net.ipv4.ip_forward=1
iptables -t mangle -A PREROUTING -i lan0 -p udp --dport 53 -j MARK --set-mark 1
iptables -t mangle -A PREROUTING -i lan0 -p tcp -j DROP
`;

describe('createClassifier', () => {
  it('runs one lookup per distinct query and shares the answer', () => {
    const c = createClassifier(sessionOf(SCRIPT), { iif: ['lan0'] });
    const a = c.classify(packet({ index: 1 }));
    const b = c.classify(packet({ index: 2 }));
    c.classify(packet({ index: 3, sport: 40001 }));
    expect(c.lookups).toBe(2);
    expect(b).toEqual({ ...a, index: 2 });
  });
  it('marks arriving packets with the mangle PREROUTING chain and names the rule', () => {
    const c = createClassifier(sessionOf(SCRIPT), { iif: ['lan0'] });
    expect(c.classify(packet())).toMatchObject({
      query: '8.8.8.8 from 10.9.0.7 iif lan0 mark 0x1 ipproto udp sport 40000 dport 53',
      mark: 1,
      markedBy: '-A PREROUTING -i lan0 -p udp -m udp --dport 53 -j MARK --set-xmark 0x1/0xffffffff',
      rule: 10,
      table: '7',
      verdict: 'dev wan0',
      stdout: '8.8.8.8 from 10.9.0.7 via 192.0.2.253 dev wan0 table 7 mark 1 \n    cache iif lan0 \n',
    });
    expect(c.classify(packet({ dport: 123 }))).toMatchObject({
      mark: 0,
      markedBy: undefined,
      rule: 32766,
      table: 'main',
    });
  });
  it('skips a packet the mangle table drops', () => {
    const c = createClassifier(sessionOf(SCRIPT), { iif: ['lan0'] });
    expect(c.classify(packet({ proto: 6 }))).toEqual({
      index: 1,
      skipped: "dropped by the mangle table's PREROUTING chain",
    });
  });
  it('uses NFLOG marks as recorded, without the mangle table', () => {
    const c = createClassifier(sessionOf(SCRIPT), {});
    const p = packet({
      linkType: 239,
      nflog: { family: 2, group: 1, hook: 0, indev: 5, mark: 0x1 },
      direction: { hook: 'prerouting' },
      dport: 123,
    });
    expect(c.classify(p)).toMatchObject({ link: 'lan0', mark: 1, markedBy: undefined, rule: 10 });
  });
  it('passes the skip reason of the capture on', () => {
    const c = createClassifier(sessionOf(SCRIPT), {});
    expect(c.classify(packet({ skipped: 'ARP (ethertype 0x0806) is not routed' }))).toEqual({
      index: 1,
      skipped: 'ARP (ethertype 0x0806) is not routed',
    });
  });
});
