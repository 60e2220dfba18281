// The people list: search, correcting a person's details, and deleting them everywhere.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeBackend } from '../testing/fakeBackend';
import { people, sessions } from '../testing/fixtures';
import PeopleScreen from './PeopleScreen.svelte';

const names = () => screen.queryAllByTestId('person-row').map((row) => row.querySelector('td')?.textContent);

describe('the people list', () => {
  it('lists people with their organisation and how many sessions they are in', async () => {
    new FakeBackend({ people, sessions });
    render(PeopleScreen);
    const rows = await screen.findAllByTestId('person-row');
    expect(names()).toEqual(['Priya Shah', 'Tom Okafor', 'Zoë Brennan']);
    expect(rows[0]).toHaveTextContent('Ward 7');
    expect(rows[0]).toHaveTextContent('2');
    expect(rows[2]).toHaveTextContent('None');
  });

  it('finds people as a name is typed', async () => {
    new FakeBackend({ people, sessions });
    render(PeopleScreen);
    await screen.findAllByTestId('person-row');
    await userEvent.type(screen.getByLabelText('Find a person'), 'zoe');
    await vi.waitFor(() => expect(names()).toEqual(['Zoë Brennan']));
  });

  it('corrects a name in a dialog, with the Rust message beside the field when refused', async () => {
    const backend = new FakeBackend({ people, sessions });
    const user = userEvent.setup();
    render(PeopleScreen);
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
    expect(backend.sessions[0]?.participants.map((p) => p.name)).toContain('Tomás Okafor');
  });

  it('explains that deleting removes the person from every session, then does it', async () => {
    const backend = new FakeBackend({ people, sessions });
    const user = userEvent.setup();
    render(PeopleScreen);
    const rows = await screen.findAllByTestId('person-row');
    await user.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Delete Priya Shah' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Priya Shah?' });
    expect(dialog).toHaveTextContent('removed from all 2 sessions they are listed in');
    expect(dialog).toHaveTextContent('personal data');
    await user.click(screen.getByTestId('confirm-delete-person'));
    await vi.waitFor(() => expect(names()).toEqual(['Tom Okafor', 'Zoë Brennan']));
    expect(backend.sessions.flatMap((s) => s.participants.map((p) => p.name))).not.toContain('Priya Shah');
  });
});
