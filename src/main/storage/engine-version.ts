import packageJson from '../../../package.json' with { type: 'json' }

/**
 * The release whose code computed a cached result. The index cache (claims) and the aligned cache
 * (stories, rows) carry it: after an upgrade, what older code made of the same articles is rebuilt,
 * never trusted. A file-layout change still bumps the cache's own version.
 */
export const ENGINE_VERSION: string = packageJson.version
