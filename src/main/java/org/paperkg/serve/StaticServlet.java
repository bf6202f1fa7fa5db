package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Serves the web page's own files from {@code web/} in the jar; nothing is fetched from elsewhere. */
final class StaticServlet extends HttpServlet {
    static final java.util.List<String> PATHS = java.util.List.of("", "/index.html", "/app.js", "/app.css");
    private static final Map<String, String> FILES = Map.of(
            "", "web/index.html",
            "/", "web/index.html",
            "/index.html", "web/index.html",
            "/app.js", "web/app.js",
            "/app.css", "web/app.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String resource = FILES.get(path);
        if (resource == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page: " + path);
            return;
        }
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "missing resource " + resource);
                return;
            }
            resp.setContentType(TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)));
            resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }
}
