#!/bin/sh
# Re-prints this corpus's PDFs from html/ (see ../print-html.sh).
exec "$(dirname "$0")/../print-html.sh" "$(dirname "$0")"
