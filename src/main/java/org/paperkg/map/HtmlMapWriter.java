package org.paperkg.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a map as one self-contained HTML file that works offline: the SVG inline, the map data as JSON, and the
 * page's own script and styles (from {@code map/}) inlined; nothing is fetched. Zoom with the wheel, pan by
 * dragging, hover for title, year and reasons, click a paper to focus it and its links.
 */
final class HtmlMapWriter implements MapFormat.MapWriter {
    private static final String CSS = resource("map/map.css");
    private static final String JS = resource("map/map.js");

    @Override
    public void write(RelatedMap map, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        s.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " script-src 'unsafe-inline'; img-src data:\">\n");
        s.append("<title>").append(Xml.escape(map.title())).append("</title>\n");
        s.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        s.append("<div id=\"stage\">\n").append(SvgMapWriter.svg(map, false)).append("</div>\n");
        s.append("<div id=\"tip\"></div>\n");
        s.append("<div id=\"help\">wheel: zoom \u00b7 drag: pan \u00b7 hover: details \u00b7 click a paper: focus</div>\n");
        s.append("<button id=\"reset\" type=\"button\">reset view</button>\n");
        s.append("<script type=\"application/json\" id=\"map-data\">").append(JsonMapWriter.forScript(map))
                .append("</script>\n");
        s.append("<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
        out.write(s.toString());
    }

    private static String resource(String name) {
        try (InputStream in = HtmlMapWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
