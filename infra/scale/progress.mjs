/**
 * A progress line with an ETA on stderr: one line rewritten in place on a terminal, plain lines
 * at most every `every` ms otherwise (CI logs).
 */
const seconds = (ms) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`
      : `${s}s`;
};

/**
 * `update(fraction, detail)` with fraction in [0, 1]; `done(line)` ends the bar. With `log`,
 * every line goes there instead (a caller that collects or silences the output).
 */
export function progressBar({ label, stream = process.stderr, log, every = 10_000, width = 24 }) {
  const tty = !log && Boolean(stream.isTTY);
  const writeLine = log ?? ((line) => stream.write(`${line}\n`));
  const started = performance.now();
  let lastPrinted = 0;
  const lineOf = (fraction, detail) => {
    const elapsed = performance.now() - started;
    const eta = fraction > 0 ? (elapsed / fraction) * (1 - fraction) : Number.NaN;
    const filled = Math.round(fraction * width);
    const bar = `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
    const percent = `${(fraction * 100).toFixed(1).padStart(5)}%`;
    const etaText = Number.isFinite(eta) ? `ETA ${seconds(eta)}` : "ETA ?";
    return `${label} ${bar} ${percent} ${seconds(elapsed)} elapsed, ${etaText}${detail ? ` — ${detail}` : ""}`;
  };
  return {
    update(fraction, detail = "") {
      const now = performance.now();
      if (tty) {
        if (now - lastPrinted < 200) return;
        stream.write(`\r\x1b[2K${lineOf(fraction, detail)}`);
      } else {
        if (lastPrinted !== 0 && now - lastPrinted < every) return;
        writeLine(lineOf(fraction, detail));
      }
      lastPrinted = now;
    },
    done(line) {
      if (tty) stream.write("\r\x1b[2K");
      writeLine(`${label} ${line} (${seconds(performance.now() - started)})`);
    },
  };
}
