import { describe, expect, it } from 'vitest';
import { Conntrack } from './conntrack';
import { iptablesMain } from './iptables-main';
import { markPacket } from './mark-packet';
import { createNetfilter } from './state';
import type { NetfilterState, NfPacket } from './types';

function nfWith(...lines: string[]): NetfilterState {
  const nf = createNetfilter();
  for (const l of lines) {
    let err = '';
    iptablesMain(nf, 4, l.split(' '), { out() {}, err: (t) => void (err += t), exit() {} });
    expect(err).toBe('');
  }
  return nf;
}

const pkt = (over: Partial<NfPacket> = {}): NfPacket => ({
  family: 4,
  src: 0x0a000002,
  dst: 0xc0000219,
  proto: 6,
  sport: 40000,
  dport: 25,
  mark: 0,
  ...over,
});

describe('markPacket', () => {
  it('returns the entry mark and no rule when there is no netfilter state or no rule', () => {
    expect(markPacket(undefined, 'OUTPUT', pkt({ mark: 7 }))).toEqual({
      mark: 7,
      rule: null,
      verdict: 'ACCEPT',
    });
    expect(markPacket(createNetfilter(), 'PREROUTING', pkt())).toEqual({
      mark: 0,
      rule: null,
      verdict: 'ACCEPT',
    });
  });

  it('names the rule that set the mark as iptables -S prints it', () => {
    const nf = nfWith('-t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-mark 1');
    expect(markPacket(nf, 'OUTPUT', pkt())).toEqual({
      mark: 1,
      rule: '-A OUTPUT -p tcp -m tcp --dport 25 -j MARK --set-xmark 0x1/0xffffffff',
      verdict: 'ACCEPT',
    });
    expect(markPacket(nf, 'OUTPUT', pkt({ dport: 80 })).mark).toBe(0);
    expect(markPacket(nf, 'OUTPUT', pkt({ proto: 17 })).mark).toBe(0);
  });

  it('does not change the packet it is given', () => {
    const nf = nfWith('-t mangle -A OUTPUT -j MARK --set-mark 1');
    const p = pkt();
    markPacket(nf, 'OUTPUT', p);
    expect(p.mark).toBe(0);
  });

  it('follows jumps, RETURN and masks, and stops at ACCEPT', () => {
    const nf = nfWith(
      '-t mangle -N c',
      '-t mangle -A c -m mark --mark 0x100/0xf00 -j RETURN',
      '-t mangle -A c -j MARK --or-mark 0x20',
      '-t mangle -A PREROUTING -i eth+ -j c',
      '-t mangle -A PREROUTING -s 10.0.0.0/8 -j ACCEPT',
      '-t mangle -A PREROUTING -j MARK --xor-mark 0x3',
    );
    expect(markPacket(nf, 'PREROUTING', pkt({ iif: 'eth1' })).mark).toBe(0x20);
    expect(markPacket(nf, 'PREROUTING', pkt({ iif: 'eth1', mark: 0x100 })).mark).toBe(0x100);
    expect(markPacket(nf, 'PREROUTING', pkt({ iif: 'wg0', src: 0x01020304 })).mark).toBe(0x3);
  });

  it('restores a connection mark saved by an earlier packet of the connection', () => {
    const nf = nfWith(
      '-t mangle -A PREROUTING -j CONNMARK --restore-mark',
      '-t mangle -A PREROUTING -m mark --mark 0 -p tcp --dport 25 -j MARK --set-mark 5',
      '-t mangle -A PREROUTING -j CONNMARK --save-mark',
    );
    const ct = new Conntrack();
    expect(markPacket(nf, 'PREROUTING', pkt(), ct).mark).toBe(5);
    const reply = pkt({ src: 0xc0000219, dst: 0x0a000002, sport: 25, dport: 40000 });
    expect(markPacket(nf, 'PREROUTING', reply, ct)).toEqual({
      mark: 5,
      rule: '-A PREROUTING -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff',
      verdict: 'ACCEPT',
    });
    expect(markPacket(nf, 'PREROUTING', reply).mark).toBe(0);
  });

  it('reports DROP from a policy', () => {
    const nf = nfWith('-t mangle -P OUTPUT DROP');
    expect(markPacket(nf, 'OUTPUT', pkt()).verdict).toBe('DROP');
  });
});
