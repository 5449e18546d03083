/** The capture layer: pcap / pcapng readers and packet decoding for routing lookups (no DOM). */
export { createCaptureReader, readCaptureBytes, type CaptureReader } from './capture-reader';
export { readCapture, type CaptureProgress, type ReadCaptureOptions } from './read-capture';
export { decodePacket, formatEpochNs, type FrameMeta } from './decode-packet';
export * from './link-types';
export * from './types';
