import { type EvalReport, HELD_OUT } from './run-eval-set.js';

const columns = ['questions', 'recall_at_5', 'mrr', 'answered_with_citation', 'quote_cited', 'unanswerable_declined', 'speaker_named', 'leaks'] as const;
const headers = ['n', 'recall@5', 'MRR', 'answered+cited', 'quote cited', 'declined', 'speaker', 'leaks'];

function cell(value: number | null): string {
  if (value === null) return '-';
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function aligned(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length))) ?? [];
  return rows.map((row) => row.map((text, i) => (i === 0 ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0))).join('  '));
}

/** The eval report as plain-text tables: one per split and mode, then the story grouping. Pure. */
export function formatEvalTable(report: EvalReport): string {
  const lines = [`== ${report.set}: ${report.dispatches} dispatches stored, ${report.rejected.length} rejected, ${report.questions} questions`];
  for (const rejected of report.rejected) lines.push(`rejected: ${rejected}`);
  for (const [split, { questions, modes }] of Object.entries(report.splits)) {
    for (const [mode, { summary, misses, missCount }] of Object.entries(modes)) {
      const rows = [['kind', ...headers], ...Object.entries(summary).map(([kind, s]) => [kind, ...columns.map((c) => cell(s[c]))])];
      lines.push('', `split: ${split} (${questions} questions), mode: ${mode}`, ...aligned(rows));
      if (split === HELD_OUT) lines.push(`misses: ${missCount} (held out: not listed)`);
      else lines.push(`misses: ${misses.length === 0 ? 'none' : misses.join(', ')}`);
    }
  }
  if (report.grouping) {
    const rows = [['split', 'dispatches', 'B3 precision', 'B3 recall', 'B3 F1'], ...Object.entries(report.grouping).map(([split, b]) => [split, String(b.items), cell(b.precision), cell(b.recall), cell(b.f1)])];
    lines.push('', 'story grouping (B-cubed over the labelled stories)', ...aligned(rows));
  }
  return lines.join('\n');
}
