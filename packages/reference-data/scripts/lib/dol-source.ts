/** Where the DOL files in `dol-ilab-goods-list/` came from (per its `SOURCE.md`). */
export const DOL_VIA =
  'DOL\'s own "Sweat & Toil" app data: GitHub USDepartmentofLabor/Child-Labor-Android app/src/main/assets/goods_2021.xml, last changed in commit 52f4b8f21774c019aafbfef9212583490a6ffbbe (2023-08-23), flattened to CSV with no value changed.';

/** The date of the DOL commit the copy was taken from; the copy's own retrieval date is not recorded. */
export const DOL_COPY_DATE = '2023-08-23';

/** DOL's publisher line. */
export const DOL_PUBLISHER = 'US Department of Labor, Bureau of International Labor Affairs (ILAB)';

/** DOL's licence line. */
export const DOL_LICENCE = 'US federal government work (DOL), public domain in the US (17 U.S.C. §105).';
