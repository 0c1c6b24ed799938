import type { ComponentChildren } from "preact";

/**
 * A table that may scroll sideways on a phone: a labelled region the keyboard can reach, so it can
 * be scrolled without a mouse (axe: scrollable-region-focusable).
 */
export function ScrollTable({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways on a phone, so the keyboard must reach it to scroll
    <section class="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
