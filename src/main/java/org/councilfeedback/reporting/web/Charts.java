package org.councilfeedback.reporting.web;

import java.util.List;
import java.util.Locale;
import org.councilfeedback.reporting.Count;
import org.springframework.web.util.HtmlUtils;

/**
 * Server-drawn charts: SVG bar and line charts for pages (an image with a title and description for screen readers,
 * always shown beside a table of the same figures), and bar widths for the PDF, which draws bars as boxes.
 */
public final class Charts {

    private static final int WIDTH = 640;
    private static final int LABEL = 230;
    private static final int BAR = 22;
    private static final int GAP = 8;

    /** A horizontal bar chart of {@code counts}; suppressed counts are drawn as empty bars labelled as such. */
    public String bar(String id, String title, List<Count> counts) {
        long max = Math.max(1, counts.stream().mapToLong(Count::plotted).max().orElse(1));
        int height = GAP + counts.size() * (BAR + GAP);
        StringBuilder svg = open(id, title, counts, height);
        int y = GAP;
        int room = WIDTH - LABEL - 90;
        for (Count c : counts) {
            int w = (int) Math.round(room * (double) c.plotted() / max);
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" class=\"report-chart__label\">").append(esc(shorten(c.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(w, 1))
                    .append("\" height=\"").append(BAR).append("\" class=\"report-chart__bar\"></rect>")
                    .append("<text x=\"").append(LABEL + Math.max(w, 1) + 6).append("\" y=\"").append(y + 16)
                    .append("\" class=\"report-chart__value\">").append(esc(c.text())).append("</text>");
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** A line chart of {@code counts} in order (months), with the values marked. */
    public String line(String id, String title, List<Count> counts) {
        long max = Math.max(1, counts.stream().mapToLong(Count::plotted).max().orElse(1));
        int height = 240;
        int left = 50;
        int bottom = height - 40;
        int top = 20;
        StringBuilder svg = open(id, title, counts, height);
        int n = counts.size();
        double step = n <= 1 ? 0 : (WIDTH - left - 20) / (double) (n - 1);
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"").append(WIDTH - 10)
                .append("\" y2=\"").append(bottom).append("\" class=\"report-chart__axis\"></line>");
        svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(top + 4)
                .append("\" text-anchor=\"end\" class=\"report-chart__value\">").append(max).append("</text>");
        svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(bottom + 4)
                .append("\" text-anchor=\"end\" class=\"report-chart__value\">0</text>");
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = left + i * step;
            double y = bottom - (bottom - top) * (double) counts.get(i).plotted() / max;
            points.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
        }
        svg.append("<polyline points=\"").append(points).append("\" class=\"report-chart__line\"></polyline>");
        for (int i = 0; i < n; i++) {
            double x = left + i * step;
            double y = bottom - (bottom - top) * (double) counts.get(i).plotted() / max;
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                    .append("\" r=\"4\" class=\"report-chart__point\"></circle>");
            if (n <= 13 || i % Math.max(1, n / 12) == 0) {
                svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(bottom + 18)
                        .append("\" text-anchor=\"middle\" class=\"report-chart__label\">")
                        .append(esc(shortMonth(counts.get(i).label())))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** A bar's width as a percentage of the largest count, for the PDF's box bars. */
    public String widthPercent(Count count, List<Count> counts) {
        long max = Math.max(1, counts.stream().mapToLong(Count::plotted).max().orElse(1));
        return fmt(Math.max(0.5, 100.0 * count.plotted() / max)) + "%";
    }

    private static StringBuilder open(String id, String title, List<Count> counts, int height) {
        String safeId = id.replaceAll("[^A-Za-z0-9-]", "-");
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" aria-labelledby=\"")
                .append(safeId).append("-title ").append(safeId).append("-desc\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(esc(describe(counts))).append("</desc>");
        return svg;
    }

    private static String describe(List<Count> counts) {
        StringBuilder d = new StringBuilder();
        for (Count c : counts) {
            d.append(d.length() == 0 ? "" : "; ").append(c.label()).append(": ").append(c.text());
        }
        return d.append(". The same figures are in the table.").toString();
    }

    /** "April 2026" as "Apr 26". */
    private static String shortMonth(String label) {
        int space = label.lastIndexOf(' ');
        return space < 3 || label.length() - space < 3 ? label
                : label.substring(0, 3) + " " + label.substring(label.length() - 2);
    }

    private static String shorten(String label) {
        return label.length() > 34 ? label.substring(0, 33) + "…" : label;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
