export declare const sourceRoots: string[];
export declare function newestSourceMtime(root: string): number;
export declare function chooseEntry(root: string, env?: Record<string, string | undefined>): { run: 'dist' | 'src'; reason?: string };
