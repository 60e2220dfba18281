// Reading a pasted or imported list of people for a café: lines, spreadsheet columns,
// CSV with a header, quoted names, blanks and repeats.
import { describe, expect, it } from 'vitest';
import { parsePeople } from './cafeImport';

describe('parsePeople', () => {
  it('takes one name a line, with Welsh and Polish letters as typed', () => {
    const { people, skipped } = parsePeople('Siân Ŵyn Llewelyn\nDariusz Wójcik\n\n  Grace   O’Neill  \n');
    expect(people.map((p) => p.name)).toEqual(['Siân Ŵyn Llewelyn', 'Dariusz Wójcik', 'Grace O’Neill']);
    expect(people.every((p) => p.organisation === '' && p.role === '')).toBe(true);
    expect(skipped).toBe(0);
  });

  it('reads two columns pasted from a spreadsheet as name and team', () => {
    const { people } = parsePeople('Amira Hassan\tWard 7\nBen Okafor\tPharmacy');
    expect(people).toEqual([
      { name: 'Amira Hassan', organisation: 'Ward 7', role: '' },
      { name: 'Ben Okafor', organisation: 'Pharmacy', role: '' },
    ]);
  });

  it('uses a header row to find the name and team columns, in any order', () => {
    const csv = '\uFEFFEmail,Organisation,Name\nal@nhs.net,Digital,"Ali, Mohammed"\nnb@nhs.net,Physiotherapy,Niamh Byrne\n';
    const { people } = parsePeople(csv);
    expect(people).toEqual([
      { name: 'Ali, Mohammed', organisation: 'Digital', role: '' },
      { name: 'Niamh Byrne', organisation: 'Physiotherapy', role: '' },
    ]);
  });

  it('leaves out blank names and the same person twice, and counts them', () => {
    const { people, skipped } = parsePeople('Name,Team\nPriya Shah,Ward 7\n,Ward 7\npriya shah,ward 7\nPriya Shah,Pharmacy');
    expect(people.map((p) => `${p.name} (${p.organisation})`)).toEqual(['Priya Shah (Ward 7)', 'Priya Shah (Pharmacy)']);
    expect(skipped).toBe(2);
  });

  it('finds nobody in empty text', () => {
    expect(parsePeople('   \n\n')).toEqual({ people: [], skipped: 0 });
  });
});
