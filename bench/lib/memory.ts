// Memory of the bench process per section: resident set (RSS) and V8 heap, sampled while the section runs.

export interface MemoryUse {
  rssStartMb: number;
  rssPeakMb: number;
  rssEndMb: number;
  heapUsedPeakMb: number;
  heapUsedEndMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Starts sampling process.memoryUsage(); the returned function stops and reports start, peak and end. */
export function watchMemory(intervalMs = 200): () => MemoryUse {
  const start = process.memoryUsage();
  let rssPeak = start.rss;
  let heapPeak = start.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    rssPeak = Math.max(rssPeak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
    return now;
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    const end = sample();
    return {
      rssStartMb: mb(start.rss),
      rssPeakMb: mb(rssPeak),
      rssEndMb: mb(end.rss),
      heapUsedPeakMb: mb(heapPeak),
      heapUsedEndMb: mb(end.heapUsed),
    };
  };
}
