import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types for what a built site holds; anything else is served as bytes. */
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.map': 'application/json; charset=utf-8',
	'.pmtiles': 'application/octet-stream',
	'.webmanifest': 'application/manifest+json'
};

/** Text formats are gzipped, as any real static host would; fonts and images already are. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|manifest\+json|wasm)|image\/svg)/;

export interface StaticServer {
	/** `http://127.0.0.1:<port>`, no trailing slash. */
	origin: string;
	close(): Promise<void>;
}

interface Entry {
	type: string;
	body: Buffer;
	gzipped: Buffer | null;
}

/**
 * Serves a built static site from `root` on 127.0.0.1 (port 0 picks a free one), the way a
 * static host does: correct content types, gzip for text when the browser asks, `index.html`
 * for folders and `<path>.html` for extensionless paths, 404 otherwise. Files are read and
 * compressed once and kept in memory, so repeated runs measure the page, not this server.
 */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
	const base = resolve(root);
	const cache = new Map<string, Entry | null>();

	function load(path: string): Entry | null {
		if (cache.has(path)) return cache.get(path) ?? null;
		let entry: Entry | null = null;
		try {
			if (statSync(path).isFile()) {
				const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
				const body = readFileSync(path);
				const gzipped = COMPRESSIBLE.test(type) && body.length > 1024 ? gzipSync(body) : null;
				entry = { type, body, gzipped };
			}
		} catch {
			entry = null;
		}
		cache.set(path, entry);
		return entry;
	}

	function find(pathname: string): Entry | null {
		const decoded = decodeURIComponent(pathname);
		const path = normalize(join(base, decoded));
		if (path !== base && !path.startsWith(base + sep)) return null;
		const candidates = decoded.endsWith('/')
			? [join(path, 'index.html')]
			: [path, `${path}.html`, join(path, 'index.html')];
		for (const candidate of candidates) {
			const entry = load(candidate);
			if (entry) return entry;
		}
		return null;
	}

	const server = createServer((request, response) => {
		let entry: Entry | null = null;
		try {
			entry = find(new URL(request.url ?? '/', 'http://localhost').pathname);
		} catch {
			entry = null;
		}
		if (!entry || (request.method !== 'GET' && request.method !== 'HEAD')) {
			response.writeHead(entry ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
			response.end(entry ? 'Method not allowed' : 'Not found');
			return;
		}
		const gzip =
			entry.gzipped !== null && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		const body = gzip ? (entry.gzipped as Buffer) : entry.body;
		response.writeHead(200, {
			'content-type': entry.type,
			'content-length': body.length,
			'cache-control': 'no-cache',
			...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
		});
		response.end(request.method === 'HEAD' ? undefined : body);
	});

	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => done());
	});
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no TCP address');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
