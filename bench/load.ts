import autocannon from "autocannon";

export interface Load {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** A fresh body for each request, e.g. a new ticket. */
  body?: () => { body: string; contentType: string };
  /** Whether a 2xx answer is really what was asked for (say, a page showing a reference). */
  accept?: (body: string) => boolean;
}

export interface Measurement {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  errors: number;
  /** CPU time the server process spent per answer, when it could be read (Linux). */
  cpuMsPerRequest?: number;
}

/**
 * Drives `load` at a fixed number of connections for `seconds`. Every latency is kept, so p50
 * and p95 are exact; a 2xx answer that `accept` turns down counts as an error.
 */
export async function run(load: Load, connections: number, seconds: number): Promise<Measurement> {
  const latencies: number[] = [];
  let refused = 0;
  const started = performance.now();
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: load.url,
        connections,
        duration: seconds,
        requests: [
          {
            method: load.method ?? "GET",
            headers: load.headers,
            setupRequest: (request) => {
              if (!load.body) return request;
              const { body, contentType } = load.body();
              return {
                ...request,
                body,
                headers: { ...request.headers, "content-type": contentType },
              };
            },
            onResponse: (status, body) => {
              if (status >= 200 && status < 300 && load.accept && !load.accept(body)) refused++;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance?.on(
    "response",
    (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    },
  );
  const result = await finished;
  const elapsed = (performance.now() - started) / 1000;

  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0;
  const errors = result.errors + result.timeouts + result.non2xx + refused;
  return {
    requests: latencies.length,
    perSecond: (latencies.length - result.non2xx - refused) / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    errors,
  };
}
