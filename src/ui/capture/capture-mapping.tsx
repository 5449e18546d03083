/**
 * Capture interfaces → scenario links, and per interface which lookup its packets get: as the
 * capture says (SLL packet type 4 = sent by this host, pcapng direction flags, NFLOG's hook),
 * arrived there (input lookup, iif), or sent by the host (output lookup). Defaults are the
 * classifier's: the link of the same name or kernel ifindex, direction from the capture.
 */
import { useAppStore } from '../store-context';
import { useCaptureStore } from './capture-context';

/** One row per capture interface. */
export function CaptureMapping() {
  const interfaces = useCaptureStore((s) => s.interfaces);
  const mapping = useCaptureStore((s) => s.mapping);
  const setChoice = useCaptureStore((s) => s.setChoice);
  const linkViews = useAppStore((s) => s.view?.links);
  const links = (linkViews ?? []).map((l) => l.name);
  if (interfaces.length === 0) return null;
  return (
    <table className="capture-mapping" data-testid="capture-mapping">
      <thead>
        <tr>
          <th>Capture interface</th>
          <th>Packets</th>
          <th>Scenario link</th>
          <th>Packets were…</th>
        </tr>
      </thead>
      <tbody>
        {interfaces.map((i) => {
          const c = mapping[i.key] ?? i.suggested;
          const captureSays = i.nflog
            ? 'as NFLOG’s hook says'
            : i.directed > 0
              ? `as the capture says (${i.outgoing} sent, ${i.directed - i.outgoing} received)`
              : 'as the capture says (received)';
          return (
            <tr key={i.key} data-testid="capture-interface" data-key={i.key}>
              <td>
                <code>{i.key}</code>
                {i.suggested.link && i.suggested.link !== c.link && (
                  <span className="muted"> (default {i.suggested.link})</span>
                )}
              </td>
              <td>{i.packets.toLocaleString('en')}</td>
              <td>
                <select
                  aria-label={`Link of ${i.key}`}
                  data-testid="capture-link"
                  value={c.link}
                  onChange={(e) => void setChoice(i.key, { ...c, link: e.target.value })}
                >
                  <option value="">(not mapped)</option>
                  {links.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`Direction of ${i.key}`}
                  data-testid="capture-direction"
                  value={c.direction}
                  disabled={i.nflog}
                  onChange={(e) =>
                    void setChoice(i.key, { ...c, direction: e.target.value as typeof c.direction })
                  }
                >
                  <option value="capture">{captureSays}</option>
                  <option value="input">arriving here (input lookup, iif)</option>
                  <option value="output">sent by the host here (output lookup)</option>
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
