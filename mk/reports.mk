# PDF reports: the report tests need qpdf and poppler (pdftotext, pdffonts, pdfdetach). The
# register PDF figure of `make bench` comes from the unified runner (breachlog-bench, on a
# generated register); `make bench-reports` is the older standalone run on synthetic rows.
APT_CORE += qpdf poppler-utils

.PHONY: bench-reports
bench-reports: deps-core
	cargo run --release -p breachlog-core --example register_pdf_bench --locked -- 1000 10000 20000
