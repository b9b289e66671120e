// Minimal typings for the parts of autocannon the benchmark uses (the package ships none).
declare module 'autocannon' {
  interface Request { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    overallRate?: number;
    amount?: number;
    headers?: Record<string, string>;
    requests?: (Request & { setupRequest?: (req: Request) => Request })[];
  }
  interface Histogram { p50: number; p75: number; p90: number; p97_5: number; p99: number; average: number; max: number }
  interface Result { latency: Histogram; requests: Histogram & { total: number }; '2xx': number; non2xx: number; errors: number; timeouts: number; duration: number }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
