import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'node:https';

export declare const HOSTS: string[];
export declare function chromiumPath(): string;
export declare function makeCert(dir: string): { key: Buffer; cert: Buffer };
export declare function startHttps(
  tls: { key: Buffer; cert: Buffer },
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; port: number }>;
export declare function chromiumArgs(opts: { extDir?: string | null; port: number }): string[];
export declare function firefoxPath(): string | null;
export declare function fixtureUrl(fixture: string, host: string, port?: number, account?: number): string;
export declare function serveFixtures(
  tls: { key: Buffer; cert: Buffer },
  served: string[],
  root: string,
  roots?: Record<string, string>,
): Promise<{ server: Server; port: number }>;
export declare function startRecordingProxy(
  targetPort: number,
  seen: string[],
): Promise<{ server: import('node:http').Server; port: number; destroy: () => void }>;
export declare function fixtureMarkupRefs(file: string): string[];
