import { describe, expect, it } from 'vitest';
import {
	isOriginAllowed,
	parseOriginList,
	resolveAllowedOrigins,
	targetOrigins
} from '../../src/lib/domain/host-origins';

describe('allowed host origins', () => {
	it('reads origins separated by commas or spaces, and reports what is not one', () => {
		expect(parseOriginList('https://a.example, https://b.example/')).toEqual({
			origins: ['https://a.example', 'https://b.example'],
			problems: []
		});
		const { origins, problems } = parseOriginList('https://a.example/page javascript:x * null');
		expect(origins).toEqual([]);
		expect(problems).toHaveLength(4);
		expect(parseOriginList('')).toEqual({ origins: null, problems: [] });
	});

	it('lets any host in by default, and the embed code only narrow the site’s list', () => {
		expect(resolveAllowedOrigins(null, null)).toEqual({ kind: 'any' });
		const site = ['https://a.example', 'https://b.example'];
		expect(resolveAllowedOrigins(site, ['https://b.example', 'https://evil.example'])).toEqual({
			kind: 'list',
			origins: ['https://b.example']
		});
		expect(resolveAllowedOrigins(null, ['https://c.example'])).toEqual({
			kind: 'list',
			origins: ['https://c.example']
		});
	});

	it('checks an origin, and writes only to an allowed host whose origin is known', () => {
		const allowed = resolveAllowedOrigins(['https://a.example'], null);
		expect(isOriginAllowed(allowed, 'https://a.example')).toBe(true);
		expect(isOriginAllowed(allowed, 'null')).toBe(false);
		expect(targetOrigins(allowed, 'https://a.example')).toEqual(['https://a.example']);
		expect(targetOrigins(allowed, 'https://b.example')).toEqual([]);
		expect(targetOrigins(allowed, null)).toEqual([]);
		expect(targetOrigins({ kind: 'any' }, null)).toEqual(['*']);
	});
});
