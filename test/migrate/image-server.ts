import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/** Answers one request; `count` is how many times this path was asked for, this one included. */
export type Route = (response: ServerResponse, count: number, request: IncomingMessage) => void;

export interface ImageServer {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** Every request's path, in order. */
  requests: string[];
  /** The time each request arrived, in ms. */
  times: Map<string, number[]>;
}

/** Small bytes that stand for an image: what is served is what must land on disk. */
export const PNG = Buffer.from('\x89PNG\r\n\x1a\n fake png body', 'latin1');
export const JPEG = Buffer.from('\xff\xd8\xff fake jpeg body', 'latin1');

export function image(body: Buffer, type: string): Route {
  return (response) => {
    response.writeHead(200, { 'content-type': type, 'content-length': body.byteLength });
    response.end(body);
  };
}

/**
 * Starts an HTTP server on 127.0.0.1 (a free port) for the current test, serving `routes` by path; any other
 * path is a 404. It is closed after the test, open connections included.
 */
export function useImageServer(): (routes: Record<string, Route>) => Promise<ImageServer> {
  const running: Array<ReturnType<typeof createServer>> = [];
  afterEach(async () => {
    for (const server of running.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
  return async (routes) => {
    const requests: string[] = [];
    const times = new Map<string, number[]>();
    const server = createServer((request, response) => {
      const url = request.url ?? '/';
      requests.push(url);
      times.set(url, [...(times.get(url) ?? []), Date.now()]);
      const route = routes[url];
      if (route) route(response, times.get(url)!.length, request);
      else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
      }
    });
    running.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, times };
  };
}
