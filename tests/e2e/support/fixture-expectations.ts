/** What tests/fixtures/foundation.html holds, shared by the Chromium and Firefox suites. */
export const COLLECTOR_KEY = '+8613800138000';
export const UNKNOWN_KEY = '+8613912345678';
export const OFFICIAL_KEY = 'CN:95188';
/** The compose box, the contenteditable draft and the tel: link also hold 138 0013 8000 and must stay unmarked. */
export const MARKERS_ON_PAGE = 3;
export const seedReport = { type: 'report', key: COLLECTOR_KEY, category: 'collector', note: 'e2e seed' } as const;
