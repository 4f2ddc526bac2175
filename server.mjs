// Podpora's HTTP server: Next.js behind a plain node:http server, so that the application can
// know the address of the connection itself. Next.js only offers X-Forwarded-For, which any
// client can set; this server stamps the socket's address on every request instead.
import { createServer } from "node:http";
import next from "next";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? (dev ? "localhost" : "0.0.0.0");

const app = next({ dev, hostname, port, turbopack: dev });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers["x-podpora-peer-address"] = request.socket.remoteAddress ?? "";
  handle(request, response);
});
server.listen(port, hostname, () => {
  process.stdout.write(`Podpora is listening on http://${hostname}:${port}\n`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
