import { Tag, Tooltip } from 'antd';
import type { CommLogAlert, CommLogTerm } from '../../api/comm-logs.js';
import { alertKeys } from './alert-labels.js';
import { termColors, termMeaning, termPolarity } from './term-polarity.js';
import { useCommLogsT } from './useCommLogsT.js';

/**
 * Renders the keywords a message hit, or a dash when none: worries red, reassuring words green,
 * each explained (polarity and weight) in a tooltip on hover or focus and in its accessible name.
 */
export function TermTags({ terms }: { terms: readonly CommLogTerm[] }) {
  const t = useCommLogsT();
  if (!terms.length) return <span className="sf-cl-muted">—</span>;
  return (
    <span className="sf-cl-tags" data-testid="comm-log-terms">
      {terms.map(({ term, weight }) => {
        const polarity = termPolarity(weight);
        const meaning = termMeaning(weight);
        const explained = t(meaning.key, meaning.params);
        return (
          <Tooltip key={term} title={explained} trigger={['hover', 'focus']}>
            <Tag color={termColors[polarity]} tabIndex={0} aria-label={t('cl.term.label', { term, meaning: explained })}
              data-testid="comm-log-term" data-polarity={polarity}>{term}</Tag>
          </Tooltip>
        );
      })}
    </span>
  );
}

/** Renders the alerts a message raised (alert level and whether people were notified), or a dash when none. */
export function AlertTags({ alerts }: { alerts: readonly CommLogAlert[] }) {
  const t = useCommLogsT();
  const keys = alertKeys(alerts);
  if (!keys.length) return <span className="sf-cl-muted">—</span>;
  return <span className="sf-cl-tags">{keys.map((k) => <Tag key={k} color={k === 'cl.alert.notify' ? 'gold' : 'volcano'}>{t(k)}</Tag>)}</span>;
}
