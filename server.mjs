// Podpora's HTTP server: Next.js behind a plain node:http server, so that the application can
// know the address of the connection itself. Next.js only offers X-Forwarded-For, which any
// client can set; this server stamps the socket's address on every request instead.
import { createServer } from "node:http";
import next from "next";
import { gracefulShutdown } from "./lib/http/graceful-shutdown.mjs";
import { peerAddressHeader, stampPeerAddress } from "./lib/http/peer-address.mjs";
import { trackRequests } from "./lib/http/request-tracking.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? (dev ? "localhost" : "0.0.0.0");

const app = next({ dev, hostname, port, turbopack: dev });
const handle = app.getRequestHandler();
await app.prepare();

// Each request gets an id, carried into every log line written while Next.js handles it.
const server = createServer(
  trackRequests((request, response) => {
    const current = request.headers[peerAddressHeader];
    request.headers[peerAddressHeader] = stampPeerAddress(
      current,
      request.socket.remoteAddress ?? "",
    );
    return handle(request, response);
  }),
);
server.listen(port, hostname, () => {
  process.stdout.write(`Podpora is listening on http://${hostname}:${port}\n`);
});

// On SIGTERM or SIGINT: no new connections, requests in flight finish (10 s at most), then the
// outbox sender and timers stop and the database closes, and the process exits.
gracefulShutdown(server).onSignals();
