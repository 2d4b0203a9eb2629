export declare const repoRoot: string
export declare const packDir: string
export declare const tarballPath: string
/** Runs `npm run build`, then `npm pack`; returns the tarball's absolute path. */
export declare function packTarball(): string
/** The tarball, packed again only when a file it is built from changed since. */
export declare function freshTarball(): string
