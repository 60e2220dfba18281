// A list of people pasted or imported for a Knowledge Café: one person per line, or a CSV
// (or spreadsheet paste, tab-separated) with a name column and an optional team column.
// A first row naming its columns ("Name", "Team"/"Organisation") is used as the header.
import Papa from 'papaparse';
import type { ParticipantInput } from '../../lib/bindings/ParticipantInput';

const NAME_HEADERS = ['name', 'full name', 'participant', 'person'];
const TEAM_HEADERS = ['team', 'organisation', 'organization', 'department', 'service', 'org'];

export interface ImportResult {
  people: ParticipantInput[];
  /** Rows left out: blank names, or the same person twice. */
  skipped: number;
}

function clean(cell: string | undefined): string {
  return (cell ?? '').replace(/\s+/g, ' ').trim();
}

export function parsePeople(text: string): ImportResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: ['\t', ',', ';'],
  });
  const rows = parsed.data.filter((row) => row.some((cell) => clean(cell) !== ''));
  let nameAt = 0;
  let teamAt = 1;
  const first = rows[0]?.map((cell) => clean(cell).toLowerCase()) ?? [];
  const headerName = first.findIndex((cell) => NAME_HEADERS.includes(cell));
  if (headerName >= 0) {
    nameAt = headerName;
    teamAt = first.findIndex((cell) => TEAM_HEADERS.includes(cell));
    rows.shift();
  }
  const seen = new Set<string>();
  const people: ParticipantInput[] = [];
  let skipped = 0;
  for (const row of rows) {
    const name = clean(row[nameAt]);
    const organisation = teamAt >= 0 ? clean(row[teamAt]) : '';
    const key = `${name.toLocaleLowerCase('en-GB')}\u0000${organisation.toLocaleLowerCase('en-GB')}`;
    if (name === '' || seen.has(key)) {
      skipped += 1;
      continue;
    }
    seen.add(key);
    people.push({ name, organisation, role: '' });
  }
  return { people, skipped };
}
