import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.pbf': 'application/x-protobuf',
	'.pmtiles': 'application/octet-stream',
	'.txt': 'text/plain; charset=utf-8'
};

export interface StaticServerOptions {
	/** Folder served at `/`. */
	root: string;
	/** Extra headers for a response, by request path (the headers a deployment would add). */
	headers?: (path: string) => Record<string, string>;
	/** Responses that are not files: by exact path, a body and its content type. */
	routes?: Record<string, { body: string | Buffer; type: string }>;
}

export interface StaticServer {
	/** `http://127.0.0.1:<port>`: a different origin from the site's `localhost`. */
	origin: string;
	close: () => Promise<void>;
}

/**
 * Candidate files for a path, as a static host serves a SvelteKit adapter-static build: the file
 * itself, then `path.html` (`/embed` is `embed.html`), then `path/index.html`.
 */
function candidates(root: string, path: string): string[] {
	const file = normalize(join(root, decodeURIComponent(path)));
	if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return [];
	return [file, `${file}.html`, join(file, 'index.html')];
}

async function firstFile(paths: string[]): Promise<string | null> {
	for (const path of paths) {
		const info = await stat(path).catch(() => null);
		if (info?.isFile()) return path;
	}
	return null;
}

/**
 * A small static file server on a free port of 127.0.0.1, for tests that need a second origin
 * (a page that embeds the atlas) or response headers the preview server does not send.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
	const root = normalize(options.root);
	const server = createServer(async (request: IncomingMessage, response) => {
		const path = new URL(request.url ?? '/', 'http://x').pathname;
		const extra = options.headers?.(path) ?? {};
		const route = options.routes?.[path];
		if (route) {
			response.writeHead(200, { 'content-type': route.type, ...extra });
			response.end(route.body);
			return;
		}
		const file = await firstFile(candidates(root, path));
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			response.end(`not found: ${path}`);
			return;
		}
		const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
		response.writeHead(200, { 'content-type': type, ...extra });
		response.end(await readFile(file));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		// close() alone waits for every keep-alive connection to end, and a browser may keep one
		// open past its context: a teardown then hung until the test's timeout.
		close: () =>
			new Promise((done) => {
				server.close(() => done());
				server.closeAllConnections();
			})
	};
}
