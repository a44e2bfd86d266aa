package org.redress.examples.web;

/** HTML escaping and the page frame every page shares (with the quick-exit control). */
final class Html {

    /** Where the quick-exit control goes: a neutral, widely used site. */
    static final String NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

    private Html() {
    }

    /**
     * The error summary at the top of a page with one error: {@code role=alert}, focused by the page's script, its
     * text a link to the field.
     *
     * @param fieldId the id of the field to fix
     * @param html the link's text, already escaped
     */
    static String errorSummary(String fieldId, String html) {
        return "<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\">"
                + "<h2>There is a problem</h2><ul><li><a href=\"#" + esc(fieldId) + "\">" + html
                + "</a></li></ul></div>";
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(Object value) {
        String s = String.valueOf(value);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A {@code Content-Disposition} value for a download: the name is reduced to ASCII letters, digits, dot, dash
     * and underscore (never a quote, semicolon, control character or path), so nothing from the case can end the
     * header, add a parameter or name a folder.
     */
    static String attachment(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100);
        }
        return "attachment; filename=\"" + (safe.isEmpty() ? "download" : safe) + "\"";
    }

    /** The navigation: path and label. */
    private static final String[][] NAV = {
        {"/", "Your case"}, {"/incidents/new", "Log an incident"}, {"/evidence/new", "Add evidence"},
        {"/plan", "Your plan"}, {"/documents", "Papers"}, {"/settings", "Settings"}};

    /** A whole page with the navigation. */
    static String page(String title, String heading, String body) {
        return page(title, heading, body, true);
    }

    /**
     * A whole page. The title is deliberately bland ("Notes - Overview", "Notes - Plan") so that a glance at a tab or
     * the history does not reveal what the app is for, but distinct, so that each page can be told apart.
     *
     * @param title the neutral word after "Notes - "
     * @param nav whether to show the navigation (not on the unlock page)
     */
    static String page(String title, String heading, String body, boolean nav) {
        StringBuilder n = new StringBuilder();
        if (nav) {
            n.append("<nav aria-label=\"Main\"><ul>");
            for (String[] item : NAV) {
                n.append("<li><a href=\"").append(item[0]).append("\"");
                if (item[1].equals(heading) || title.equals(navTitle(item[0]))) {
                    n.append(" aria-current=\"page\"");
                }
                n.append(">").append(esc(item[1])).append("</a></li>");
            }
            n.append("</ul></nav>");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>Notes - %4$s</title>
                <link rel="icon" href="/favicon.ico">
                <link rel="stylesheet" href="/static/app.css">
                <script src="/static/app.js" defer></script>
                </head>
                <body>
                <a class="skip" href="#main">Skip to content</a>
                <div class="exit-bar">
                  <form method="post" action="/lock" class="exit-form">%5$s<button id="quick-exit" class="quick-exit"
                     type="submit" data-exit="%1$s">Leave this site now</button></form>
                  <span class="exit-hint">Or press Esc twice. This closes your notes but does not clear your browser
                  history.</span>
                </div>
                <header class="site">%6$s</header>
                <main id="main">
                <h1>%2$s</h1>
                %3$s
                </main>
                <footer class="site"><p>Everything you enter stays on this computer, encrypted. This service does not
                load anything from other websites.</p></footer>
                </body>
                </html>
                """.formatted(NEUTRAL_SITE, esc(heading), body, esc(title), TOKEN.get(), n);
    }

    private static String navTitle(String path) {
        return switch (path) {
            case "/" -> "Overview";
            case "/incidents/new" -> "New entry";
            case "/evidence/new" -> "New item";
            case "/plan" -> "Plan";
            case "/documents" -> "Papers";
            case "/settings" -> "Settings";
            default -> "";
        };
    }

    /** The current request's token field, for the quick-exit form in the frame (set by the guard). */
    static final ThreadLocal<String> TOKEN = ThreadLocal.withInitial(() -> "");
}
