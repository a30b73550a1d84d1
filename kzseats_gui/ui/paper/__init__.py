"""Drawing on paper and into files with QtGui alone: the chart painter, chart exports (SVG, PNG, PDF),
the PDF report and its summary page. The command line uses these; they import no widgets (a test and
an import contract keep it so)."""
