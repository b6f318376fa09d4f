# PDF reports: the report tests need qpdf and poppler (pdftotext, pdffonts, pdfdetach); the
# register PDF benchmark runs with `make bench`.
APT_CORE += qpdf poppler-utils

.PHONY: bench-reports
bench: bench-reports
bench-reports: deps-core
	cargo run --release -p breachlog-core --example register_pdf_bench --locked -- 1000 10000 20000
