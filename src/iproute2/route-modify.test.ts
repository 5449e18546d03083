import { describe, expect, it } from 'vitest';
import { CommandOutput } from './context';
import { defaultIpOptions } from './ip-main';
import { RouteCmdContext } from './route-context';
import { parseRouteModify } from './route-modify';
import { ipRoute } from './route-cmd';
import { referenceSession } from './route-test-kit';

function run(argv: string[]): CommandOutput {
  const out = new CommandOutput();
  ipRoute(referenceSession(), defaultIpOptions(), argv, out);
  return out;
}

// Expected texts from iproute2 6.1 on Linux 6.18 (a kernel without MPLS tunnels).
describe('ip route add with encap', () => {
  it('answers a known encapsulation as a kernel without lightweight tunnels does', () => {
    const out = run(['add', '10.201.0.0/16', 'encap', 'mpls', '100', 'dev', 'a0']);
    expect([out.stderr, out.status]).toEqual(['Error: lwt encapsulation type not supported.\n', 2]);
  });

  it('rejects an unknown encapsulation type with iproute2 own error', () => {
    const out = run(['add', '10.202.0.0/16', 'encap', 'foo', 'dev', 'a0']);
    expect([out.stderr, out.status]).toEqual([
      'Error: argument "foo" is wrong: "encap type" value is invalid\n\n',
      255,
    ]);
  });

  it('needs a type after encap', () => {
    const out = run(['add', '10.203.0.0/16', 'encap']);
    expect([out.stderr, out.status]).toEqual(['Command line is not complete. Try option "help"\n', 255]);
  });
});

describe('parseRouteModify', () => {
  it('sends delete requests with scope nowhere, type and protocol unspecified', () => {
    const ctx = new RouteCmdContext(referenceSession(), defaultIpOptions(), new CommandOutput());
    const msg = parseRouteModify(ctx, true, ['10.9.0.0/16']);
    expect([msg.scope, msg.type, msg.protocol, msg.table]).toEqual([255, 0, 0, 254]);
  });

  it('puts table ids above 255 in RTA_TABLE and zero in the header', () => {
    const ctx = new RouteCmdContext(referenceSession(), defaultIpOptions(), new CommandOutput());
    const msg = parseRouteModify(ctx, false, ['10.9.0.0/16', 'dev', 'a0', 'table', '300']);
    expect([msg.table, msg.attrs.table]).toEqual([0, 300]);
  });
});

describe('ip route restore and showdump', () => {
  it('read an empty stdin and report the missing magic', () => {
    for (const cmd of ['restore', 'showdump']) {
      const out = run([cmd]);
      expect([out.stderr, out.status]).toEqual(['Magic mismatch (0 elems, 0 magic)\n', 1]);
    }
  });
});
