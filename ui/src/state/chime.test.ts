// The chime's volume and mute are kept on this computer, and a muted chime stays silent.
import { describe, expect, it, vi } from 'vitest';
import { chime } from './chime.svelte';

describe('the chime settings', () => {
  it('are saved in localStorage as they change', () => {
    chime.setVolume(0.35);
    chime.setMuted(true);
    expect(JSON.parse(localStorage.getItem('mobilise.chime') ?? '{}')).toEqual({ volume: 0.35, muted: true });
    chime.setVolume(4);
    expect(chime.volume).toBe(1);
    chime.setMuted(false);
  });

  it('play nothing while muted', () => {
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    chime.setMuted(true);
    chime.play();
    expect(play).not.toHaveBeenCalled();
    chime.setMuted(false);
    chime.setVolume(0.5);
    chime.play();
    expect(play).toHaveBeenCalledTimes(1);
    play.mockRestore();
  });
});
