const KEY = 'siteflow.flowDesigner.minimap';

/** Whether the flow designer shows its minimap (shown unless the user hid it on this device). */
export function minimapShown(): boolean {
  try { return globalThis.localStorage?.getItem(KEY) !== 'hidden'; } catch { return true; }
}

/** Remembers on this device whether the flow designer shows its minimap. */
export function rememberMinimap(shown: boolean): void {
  try { globalThis.localStorage?.setItem(KEY, shown ? 'shown' : 'hidden'); } catch { /* storage blocked */ }
}
