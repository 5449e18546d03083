import { describe, expect, it } from 'vitest';
import {
  ALL_FEATURES,
  DEFAULT_FEATURES,
  generateScenario,
  mulberry32,
  type Feature,
} from './random-scenario';

const commands = (script: string) => script.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));

describe('generateScenario', () => {
  it('gives the same script for the same seed and options', () => {
    expect(generateScenario(42)).toBe(generateScenario(42));
    expect(generateScenario(42, { features: ['rules', 'routes-unicast'] })).toBe(
      generateScenario(42, { features: ['rules', 'routes-unicast'] }),
    );
  });

  it('gives different scripts for different seeds', () => {
    expect(generateScenario(1)).not.toBe(generateScenario(2));
  });

  it('starts with the preamble: lo up, veth pairs with pinned MACs, addresses', () => {
    const lines = commands(generateScenario(7));
    expect(lines).toContain('ip link set lo up');
    expect(lines).toContain(
      'ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1',
    );
    expect(lines).toContain('ip addr add 10.0.1.1/24 dev a0');
    expect(lines).toContain('ip addr add 2001:db8:1::1/64 dev a0 nodad');
  });

  it('ends with the observations and 10 to 30 probes', () => {
    for (let seed = 0; seed < 50; seed++) {
      const lines = commands(generateScenario(seed));
      const show = lines.lastIndexOf('ip route show table all');
      expect(show).toBeGreaterThan(0);
      const probes = lines.slice(show).filter((l) => / route get /.test(l));
      expect(probes.length).toBeGreaterThanOrEqual(10);
      expect(probes.length).toBeLessThanOrEqual(30);
      expect(lines).toContain('ip rule show');
      expect(lines).toContain('ip -j rule show');
    }
  });

  it('leaves multipath out by default and puts it in on request', () => {
    const withMp = (seed: number, f: readonly Feature[]) =>
      generateScenario(seed, { features: f, commands: [60, 60] });
    const seeds = Array.from({ length: 30 }, (_, i) => i);
    expect(seeds.some((s) => withMp(s, DEFAULT_FEATURES).includes('nexthop'))).toBe(false);
    expect(seeds.some((s) => withMp(s, [...DEFAULT_FEATURES, 'multipath']).includes('nexthop'))).toBe(true);
  });

  it('uses no IPv6 commands after the preamble when ipv6 is off', () => {
    const features = ALL_FEATURES.filter((f) => f !== 'ipv6');
    for (let seed = 0; seed < 30; seed++) {
      const lines = commands(generateScenario(seed, { features }));
      const after = lines.slice(lines.findIndex((l) => l.startsWith('ip addr add 2001:db8:')) + 3);
      expect(after.filter((l) => l.includes(' -6 ') || / route get [0-9a-f]*:/.test(l))).toEqual([]);
    }
  });

  it('honours the command and probe ranges', () => {
    const lines = commands(generateScenario(3, { commands: [0, 0], probes: [2, 2] }));
    expect(lines.filter((l) => / route get /.test(l))).toHaveLength(2);
  });

  it('never writes a line break inside a command', () => {
    for (let seed = 0; seed < 20; seed++)
      for (const l of generateScenario(seed).split('\n')) expect(l).not.toMatch(/\r/);
  });
});

describe('mulberry32', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(9);
    const b = mulberry32(9);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('generateScenario with few features', () => {
  it('makes only rules when only rules are enabled', () => {
    for (let seed = 0; seed < 20; seed++) {
      const lines = commands(generateScenario(seed, { features: ['rules'] }));
      expect(lines.filter((l) => / route (add|del) /.test(l))).toEqual([]);
      expect(lines.some((l) => l.startsWith('ip rule add'))).toBe(true);
    }
  });

  it('makes only the preamble, dumps and probes when nothing is enabled', () => {
    const lines = commands(generateScenario(5, { features: [] }));
    expect(lines.filter((l) => / (rule|route) add /.test(l))).toEqual([]);
  });
});
