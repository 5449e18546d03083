/** The right column: script, canonical commands, tables, links and sysctls, output; one at a time. */
import { useState } from 'react';
import { OutputPanel } from '../output-panel';
import { ScriptPanel } from '../script/script-panel';
import { CanonicalPanel } from './canonical-panel';
import { LinksPanel } from './links-panel';
import { TablesPanel } from './tables-panel';

const TABS = [
  { id: 'script', label: 'Script' },
  { id: 'tables', label: 'Tables' },
  { id: 'links', label: 'Links' },
  { id: 'commands', label: 'As commands' },
  { id: 'output', label: 'Output' },
] as const;

type Tab = (typeof TABS)[number]['id'];

/** The tabbed side panel. */
export function SidePanel() {
  const [tab, setTab] = useState<Tab>('script');
  return (
    <section className="panel side-panel" aria-label="Scenario">
      <div role="tablist" className="tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            data-testid={`tab-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-body">
        {tab === 'script' && <ScriptPanel />}
        {tab === 'tables' && <TablesPanel />}
        {tab === 'links' && <LinksPanel />}
        {tab === 'commands' && <CanonicalPanel />}
        {tab === 'output' && <OutputPanel />}
      </div>
    </section>
  );
}
