/** The Ombudsman's products a provider must follow up (DOMAIN.md "Recommendations"). */
export const RECOMMENDATION_KINDS = ['saran_perbaikan', 'tindakan_korektif', 'rekomendasi'] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

/** Where a recommendation comes from; `ref` names the document (a stream, an LAHP number, …). */
export const SOURCE_TYPES = ['assessment', 'lahp', 'supervision', 'complaint'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Follow-up status in the words pemda know from the state audit board's monitoring. */
export const FOLLOW_UP_STATUSES = ['belum_ditindaklanjuti', 'belum_sesuai', 'sesuai', 'tidak_dapat_ditindaklanjuti'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
