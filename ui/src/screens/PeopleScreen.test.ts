// The people list: search, correcting a person's details, and deleting them everywhere.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeBackend } from '../testing/fakeBackend';
import { transcriptOf } from '../testing/replay';
import recorded from '../testing/transcripts/people-page.json';
import PeopleScreen from './PeopleScreen.svelte';

/** The people list answered as the app recorded `scenario` (transcripts/people-page.json). */
function showPeople(scenario: string) {
  const backend = new FakeBackend();
  const played = backend.replay(transcriptOf(recorded), scenario);
  render(PeopleScreen);
  return played;
}

const names = () => screen.queryAllByTestId('person-row').map((row) => row.querySelector('td')?.textContent);

describe('the people list', () => {
  it('lists people with their organisation and how many sessions they are in', async () => {
    showPeople('listed');
    const rows = await screen.findAllByTestId('person-row');
    expect(names()).toEqual(['Priya Shah', 'Tom Okafor', 'Zoë Brennan']);
    expect(rows[0]).toHaveTextContent('Ward 7');
    expect(rows[0]).toHaveTextContent('2');
    expect(rows[2]).toHaveTextContent('None');
  });

  it('finds people as a name is typed', async () => {
    showPeople('searched');
    await screen.findAllByTestId('person-row');
    await userEvent.type(screen.getByLabelText('Find a person'), 'zoe');
    await vi.waitFor(() => expect(names()).toEqual(['Zoë Brennan']));
  });

  it('corrects a name in a dialog, with the Rust message beside the field when refused', async () => {
    const played = showPeople('a name corrected');
    const user = userEvent.setup();
    const rows = await screen.findAllByTestId('person-row');
    await user.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Edit Tom Okafor' }));
    const name = screen.getByLabelText('Name');
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.click(screen.getByTestId('save-person'));
    expect(await screen.findByText('Give this person a name.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.type(name, 'Tomás Okafor');
    await user.click(screen.getByTestId('save-person'));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(names()).toContain('Tomás Okafor');
    expect(played.unplayed()).toEqual([]);
  });

  it('explains that deleting removes the person from every session, then does it', async () => {
    const played = showPeople('a person deleted');
    const user = userEvent.setup();
    const rows = await screen.findAllByTestId('person-row');
    await user.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Delete Priya Shah' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Priya Shah?' });
    expect(dialog).toHaveTextContent('removed from all 2 sessions they are listed in');
    expect(dialog).toHaveTextContent('personal data');
    await user.click(screen.getByTestId('confirm-delete-person'));
    await vi.waitFor(() => expect(names()).toEqual(['Tom Okafor', 'Zoë Brennan']));
    expect(played.unplayed()).toEqual([]);
  });
});
