import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { queryCounter } from "./query-count";
import * as schema from "./schema";

const swapAtMostEveryMs = 10_000;
const endTimeoutSeconds = 5;

export interface PostgresPool {
  /** The drizzle database over the pool in use now; ask again for each unit of work. */
  current: () => ReturnType<typeof drizzle<typeof schema>>;
  close: () => Promise<void>;
}

/**
 * postgres.js connections to `url`, with a pool that is replaced once the server has cut its
 * connections. Limitation: in postgres.js 3.4.9 a connection whose socket closes while a write
 * waits for the next tick never writes again (porsager/postgres#1208, the same defect as #1154):
 * each later query on it waits `connect_timeout` and fails, for as long as the pool lives. After
 * a restart or a failover of the database, some connections are left like that. So when the
 * server closes a connection, the whole pool is swapped for a fresh one (at most every ten
 * seconds) and the old one ends once its queries have; requests already on it may fail once.
 */
export function openPostgresPool(url: string): PostgresPool {
  const ending = new Set<Promise<void>>();
  let lastSwap = 0;
  let closed = false;

  const connect = () => {
    const pool = {
      client: postgres(url, {
        max: 10,
        // A database that is down or unreachable fails a request within seconds, not 30.
        connect_timeout: 5,
        // The default waits up to 20 s between attempts once the server has refused a few, and
        // a request waits with it: a short, even pause fails it quickly and reconnects quickly.
        backoff: () => 0.25,
        onnotice: () => {},
        onclose: () => {
          if (pool === active) swapSoon();
        },
      }),
      db: undefined as unknown as ReturnType<typeof drizzle<typeof schema>>,
    };
    pool.db = drizzle(pool.client, { schema, logger: queryCounter });
    return pool;
  };

  const end = (client: postgres.Sql) => {
    const done = client.end({ timeout: endTimeoutSeconds }).finally(() => ending.delete(done));
    ending.add(done);
  };

  const swapSoon = () => {
    const now = Date.now();
    if (closed || now - lastSwap < swapAtMostEveryMs) return;
    lastSwap = now;
    const old = active;
    active = connect();
    end(old.client);
  };

  let active = connect();
  return {
    current: () => active.db,
    close: async () => {
      closed = true;
      end(active.client);
      await Promise.all(ending);
    },
  };
}
