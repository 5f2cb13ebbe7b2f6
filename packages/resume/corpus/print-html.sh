#!/bin/sh
# Prints each resume in <corpus>/html/ to <corpus>/pdfs/ with Debian chromium (fonts-nanum,
# fonts-noto-cjk, fonts-liberation, fonts-dejavu). The PDFs are committed; only re-printing needs
# chromium. The pages share ../../resume-base.css. Usage: print-html.sh <corpus directory>
cd "$1" || exit 1
for page in html/*.html; do
  id=$(basename "$page" .html)
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="pdfs/$id.pdf" "file://$PWD/$page" >/dev/null 2>&1 || exit 1
done
