/**
 * A minimal connection tracker (nf_conntrack): connections keyed by their original and reply
 * tuples, with the connmark and the NAT bindings, so CONNMARK and NAT work across the packets of
 * a connection. No timeouts, no TCP state: a connection lives as long as the tracker.
 */
import type { Ip } from '../engine/ip';
import type { NfConn, NfPacket } from './types';

function key(family: number, proto: number, src: Ip, sport: number, dst: Ip, dport: number): string {
  return `${family}|${proto}|${src}|${sport}|${dst}|${dport}`;
}

/** The connections of one simulated host. */
export class Conntrack {
  private readonly tuples = new Map<string, { conn: NfConn; reply: boolean }>();

  /** Number of connections. */
  get size(): number {
    let n = 0;
    for (const v of this.tuples.values()) if (!v.reply) n++;
    return n;
  }

  /** nf_conntrack_in: the packet's connection and direction, creating a new one when unknown. */
  track(p: NfPacket): { conn: NfConn; reply: boolean } {
    const sport = p.sport ?? 0;
    const dport = p.dport ?? 0;
    const hit = this.tuples.get(key(p.family, p.proto, p.src, sport, p.dst, dport));
    if (hit) return hit;
    const conn: NfConn = {
      family: p.family,
      proto: p.proto,
      origSrc: p.src,
      origDst: p.dst,
      origSport: sport,
      origDport: dport,
      replySrc: p.dst,
      replyDst: p.src,
      replySport: dport,
      replyDport: sport,
      mark: 0,
      snatDone: false,
      dnatDone: false,
    };
    const entry = { conn, reply: false };
    this.tuples.set(key(p.family, p.proto, p.src, sport, p.dst, dport), entry);
    this.tuples.set(key(p.family, p.proto, conn.replySrc, dport, conn.replyDst, sport), {
      conn,
      reply: true,
    });
    return entry;
  }

  /** Changes the reply tuple after a NAT decision (nf_conntrack_alter_reply). */
  alterReply(conn: NfConn, replySrc: Ip, replySport: number, replyDst: Ip, replyDport: number): void {
    this.tuples.delete(
      key(conn.family, conn.proto, conn.replySrc, conn.replySport, conn.replyDst, conn.replyDport),
    );
    conn.replySrc = replySrc;
    conn.replySport = replySport;
    conn.replyDst = replyDst;
    conn.replyDport = replyDport;
    this.tuples.set(key(conn.family, conn.proto, replySrc, replySport, replyDst, replyDport), {
      conn,
      reply: true,
    });
  }
}
