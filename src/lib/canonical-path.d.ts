/** See canonical-path.js: the canonical form of a path inside the site. */
export declare function canonicalPath(path: string): string
