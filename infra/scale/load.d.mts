export type ScaleSizeName = "1x" | "10x" | (string & {});

export interface ScaleLogin {
  readonly login: string;
  readonly password: string;
  readonly orgUnitId: string;
}

export interface ScaleManifest {
  readonly complete: true;
  readonly size: string;
  readonly seed: number;
  readonly generator: string;
  readonly generatorVersion: number;
  readonly copies: number;
  readonly history: number;
  readonly fiveYearsOfMeetings: boolean;
  readonly historyMeaning: string;
  readonly databaseId: string;
  /** Relative to the manifest's folder. */
  readonly d1Persist: string;
  readonly provinceId: string;
  readonly nationalId: string;
  readonly communeId: string;
  readonly sample: {
    readonly clubId: string;
    readonly personId: string | null;
    readonly loan: {
      readonly id: string;
      readonly clubId: string;
      readonly personId: string;
      readonly owed: number;
    } | null;
  };
  readonly logins: {
    readonly provinceAdmin: ScaleLogin;
    readonly communeOfficer: ScaleLogin;
    readonly clubBoard: ScaleLogin;
    readonly viewer: ScaleLogin;
  };
  readonly clubs: number;
  readonly activeMembers: number;
  readonly rows: Readonly<Record<string, number>>;
  readonly totalRows: number;
  readonly statements: number;
  readonly loadSeconds: number;
  readonly rowsPerSecond: number;
  readonly sqliteBytes: number;
  readonly bytesPerClub: number;
  readonly bytesPerActiveMember: number;
  readonly loadedAt: string;
  readonly machine: string;
}

export interface EnsureScaleOptions {
  readonly size?: ScaleSizeName;
  readonly seed?: number;
  readonly force?: boolean;
  readonly log?: (line: string) => void;
  /** Another shape than the size's (demo provinces, five-year spans); needs a size name of its own. */
  readonly copies?: number;
  readonly history?: number;
  /** Default `.wrangler/scale/<size>`. */
  readonly dir?: string;
  /** false: only the demo's six months of meetings (a province a tenth the size, for tests). */
  readonly fiveYearsOfMeetings?: boolean;
}

export const SCALE_PASSWORD: string;
export function ensureScaleProvince(
  options?: EnsureScaleOptions,
): Promise<{ dir: string; d1Persist: string; manifest: ScaleManifest }>;
