package org.paperkg.corpus;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises arXiv identifiers (new style 2403.11075, old style hep-th/9901001) and strips versions. */
public final class ArxivIds {
    private static final Pattern NEW_STYLE = Pattern.compile("(?<![\\d.])(\\d{4}\\.\\d{4,5})(v\\d+)?(?![\\d])");
    private static final Pattern OLD_STYLE = Pattern.compile("\\b([a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(v\\d+)?\\b");
    private static final Pattern WHOLE = Pattern.compile(
            "(?:arXiv:)?(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(v\\d+)?", Pattern.CASE_INSENSITIVE);

    private ArxivIds() {
    }

    /** The identifier when the whole value is one ("2403.11075v2", "arXiv:2403.11075"), without version. */
    public static Optional<String> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = WHOLE.matcher(value.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first identifier inside a URL or a text ("https://arxiv.org/abs/2403.11075v1"), without version. */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NEW_STYLE.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        m = OLD_STYLE.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The year a new-style identifier was issued in ("2403.11075" → 2024), if it is one. */
    public static Optional<Integer> year(String id) {
        Matcher m = Pattern.compile("^(\\d{2})(\\d{2})\\.").matcher(id);
        if (m.find()) {
            return Optional.of(2000 + Integer.parseInt(m.group(1)));
        }
        Matcher old = Pattern.compile("/(\\d{2})\\d{5}$").matcher(id);
        if (old.find()) {
            int yy = Integer.parseInt(old.group(1));
            return Optional.of(yy >= 91 ? 1900 + yy : 2000 + yy);
        }
        return Optional.empty();
    }
}
