#!/usr/bin/env bash
# Rebuilds the fonts shipped in packages/report/fonts from Debian's Noto packages (SIL Open Font Licence 1.1).
# Not part of CI: the output is committed, so PDFs (and their golden hashes) do not depend on the machine.
# Run it by hand after a deliberate font change: `pnpm --filter @unforced/report fonts`.
#   - NotoSans Regular/Bold (fonts-noto-core): Latin incl. Vietnamese, Turkish, Polish; Greek; Cyrillic; punctuation.
#   - Noto Sans CJK SC Regular (fonts-noto-cjk, face 2 of the collection): the Han characters of the Table of
#     General Standard Chinese Characters (Unihan kTGH), GB 2312 (kGB0) and Big5 (kBigFive), CJK punctuation,
#     kana and full-width forms. Rarer characters need a caller-supplied font (see the README).
# Hinting and layout tables are dropped: the renderer maps characters through cmap and places glyphs by advance.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v hb-subset >/dev/null || need+=(libharfbuzz-bin)
[ -f /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf ] || need+=(fonts-noto-core)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need+=(fonts-noto-cjk)
[ -f /usr/share/unicode/Unihan_OtherMappings.txt.bz2 ] || need+=(unicode-data)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi

latin='20-7E,A0-24F,250-2AF,2B0-2FF,300-36F,370-3FF,400-52F,1E00-1EFF,2000-206F,20A0-20CF,2100-214F,2190-21FF,2200-22FF,2500-257F,25A0-25FF,2713,2717,FFFD'
drop='GSUB,GPOS,GDEF,BASE,JSTF,MATH,DSIG,VORG,vhea,vmtx'
for weight in Regular Bold; do
  hb-subset "/usr/share/fonts/truetype/noto/NotoSans-$weight.ttf" --unicodes="$latin" --no-hinting \
    --drop-tables+="$drop" -o "fonts/NotoSans-$weight.ttf"
done

han=$(mktemp)
{
  printf '2000-206F\n2100-214F\n2190-21FF\n2200-22FF\n2460-24FF\n2500-257F\n25A0-25FF\n2600-26FF\n3000-303F\n3040-30FF\nFF00-FFEF\n'
  bzcat /usr/share/unicode/Unihan_OtherMappings.txt.bz2 /usr/share/unicode/Unihan_IRGSources.txt.bz2 |
    awk -F'\t' '$2=="kTGH"||$2=="kGB0"||$2=="kBigFive"{print substr($1,3)}' | sort -u
} >"$han"
hb-subset /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --face-index=2 --unicodes-file="$han" --no-hinting \
  --drop-tables+="$drop" -o fonts/NotoSansSC-Regular.otf
rm -f "$han"
ls -l fonts
