import type { EvalReport } from './run-eval-set.js';

const columns = ['questions', 'recall_at_5', 'mrr', 'answered_with_citation', 'unanswerable_declined', 'speaker_named', 'leaks'] as const;
const headers = ['n', 'recall@5', 'MRR', 'answered+cited', 'declined', 'speaker', 'leaks'];

function cell(value: number | null): string {
  if (value === null) return '-';
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** The eval report as plain-text tables, one per mode. Pure. */
export function formatEvalTable(report: EvalReport): string {
  const lines = [`${report.dispatches} dispatches, ${report.questions} questions`];
  for (const [mode, { summary, misses }] of Object.entries(report.modes)) {
    const rows = [['kind', ...headers], ...Object.entries(summary).map(([kind, s]) => [kind, ...columns.map((c) => cell(s[c]))])];
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length))) ?? [];
    lines.push('', `mode: ${mode}`);
    for (const row of rows) lines.push(row.map((text, i) => (i === 0 ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0))).join('  '));
    lines.push(`misses: ${misses.length === 0 ? 'none' : misses.join(', ')}`);
  }
  return lines.join('\n');
}
