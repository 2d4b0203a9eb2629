/** Installs the packed tarball into the example (or variant) `name` and runs its tests. */
export declare function runExample(name: string, tarball: string): { code: number; output: string }
