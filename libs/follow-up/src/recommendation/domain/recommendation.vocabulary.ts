/** The Ombudsman's products a provider must follow up (DOMAIN.md "Recommendations"). */
export const RECOMMENDATION_KINDS = ['saran_perbaikan', 'tindakan_korektif', 'rekomendasi'] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

/** Where a recommendation comes from; `ref` names the document (a stream, an LAHP number, …). */
export const SOURCE_TYPES = ['assessment', 'lahp', 'supervision', 'complaint'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/**
 * Follow-up status in the words pemda know from the state audit board's monitoring.
 * menunggu_verifikasi: a follow-up was submitted and no officer has judged it yet; belum_sesuai:
 * an officer looked and found it not yet adequate (DOMAIN.md).
 */
export const FOLLOW_UP_STATUSES = ['belum_ditindaklanjuti', 'menunggu_verifikasi', 'belum_sesuai', 'sesuai', 'tidak_dapat_ditindaklanjuti'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** An officer's verdict on a follow-up. */
export const VERDICTS = ['sesuai', 'belum_sesuai'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a recommendation stopped being followed up. */
export const CLOSURE_KINDS = ['verified', 'not_actionable', 'administrative'] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];

/** Where the current deadline came from: given at issue, derived by the kind's rule, or an approved extension. */
export const DEADLINE_ORIGINS = ['request', 'rule', 'extension'] as const;
export type DeadlineOrigin = (typeof DEADLINE_ORIGINS)[number];

export const EXTENSION_OUTCOMES = ['pending', 'approved', 'refused'] as const;
export type ExtensionOutcome = (typeof EXTENSION_OUTCOMES)[number];

export const NOT_ACTIONABLE_OUTCOMES = ['pending', 'accepted', 'rejected'] as const;
export type NotActionableOutcome = (typeof NOT_ACTIONABLE_OUTCOMES)[number];

/**
 * How a follow-up reached the Ombudsman: `sistem` when the provider's liaison submitted it here;
 * otherwise an officer records it on the provider's behalf and says how it came: `surat` (a
 * letter), `rapat` (at a meeting), `email`, `lainnya` (any other way).
 */
export const RECEIVED_VIA = ['sistem', 'surat', 'rapat', 'email', 'lainnya'] as const;
export type ReceivedVia = (typeof RECEIVED_VIA)[number];
export const SYSTEM_CHANNEL: ReceivedVia = 'sistem';
export const OUTSIDE_CHANNELS = RECEIVED_VIA.filter((v) => v !== SYSTEM_CHANNEL);
