// The chime the console plays when the timer changes colour by itself or reaches zero,
// with its volume and mute kept on this computer (localStorage) between sessions.
import chimeUrl from '$assets/sounds/chime.ogg';

const STORAGE_KEY = 'mobilise.chime';

interface Saved {
  volume: number;
  muted: boolean;
}

function load(): Saved {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return { volume: 0.8, muted: false };
    const saved = JSON.parse(raw) as Partial<Saved>;
    const volume = typeof saved.volume === 'number' && saved.volume >= 0 && saved.volume <= 1 ? saved.volume : 0.8;
    return { volume, muted: saved.muted === true };
  } catch {
    return { volume: 0.8, muted: false };
  }
}

class Chime {
  volume = $state(load().volume);
  muted = $state(load().muted);
  #audio: HTMLAudioElement | null = null;

  setVolume(volume: number): void {
    this.volume = Math.min(1, Math.max(0, volume));
    this.#save();
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.#save();
  }

  /** Plays the chime unless muted; a webview that refuses to play is not an error. */
  play(): void {
    if (this.muted || this.volume === 0) return;
    try {
      this.#audio ??= new Audio(chimeUrl);
      this.#audio.volume = this.volume;
      this.#audio.currentTime = 0;
      void this.#audio.play()?.catch(() => undefined);
    } catch {
      // No audio here (tests, a machine without sound): the colour and label still change.
    }
  }

  #save(): void {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ volume: this.volume, muted: this.muted }));
    } catch {
      // Private mode or a full disk: the setting lasts until the app closes.
    }
  }
}

export const chime = new Chime();
