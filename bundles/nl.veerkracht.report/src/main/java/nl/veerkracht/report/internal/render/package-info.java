/**
 * The report as files: the HTML template (Mustache), the charts (JFreeChart, as SVG through JFreeSVG in
 * the HTML and as vector paths in the PDF) and the PDF (openhtmltopdf on PDFBox, A4, numbered pages,
 * DejaVu Sans embedded). Not API.
 */
package nl.veerkracht.report.internal.render;
