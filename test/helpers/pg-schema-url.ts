/** A postgres:// URL whose connections use `schema` (what `--db` or WIREBRIEF_DATABASE_URL takes to reach a store in it). */
export function pgSchemaUrl(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}
