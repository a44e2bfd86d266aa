package org.redress.examples.web;

/** HTML escaping and the page frame every page shares (with the quick-exit control). */
final class Html {

    /** Where the quick-exit control goes: a neutral, widely used site. */
    static final String NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

    private Html() {
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
     * A whole page. The title is deliberately bland ("Notes") so that a glance at a tab or the history does not
     * reveal what the app is for.
     */
    static String page(String heading, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>Notes</title>
                <link rel="stylesheet" href="/static/app.css">
                <script src="/static/app.js" defer></script>
                </head>
                <body>
                <a class="skip" href="#main">Skip to content</a>
                <div class="exit-bar">
                  <a id="quick-exit" class="quick-exit" href="%1$s" rel="noreferrer noopener" data-exit="%1$s"
                     >Leave this site now</a>
                  <span class="exit-hint">Or press Esc twice. This does not clear your browser history.</span>
                </div>
                <header class="site"><a href="/">Your case</a>
                  <nav aria-label="Main"><a href="/incidents/new">Log an incident</a> <a href="/evidence/new">Add evidence</a>
                  <a href="/plan">Your plan</a> <a href="/documents">Papers</a></nav></header>
                <main id="main">
                <h1>%2$s</h1>
                %3$s
                </main>
                <footer class="site"><p>Everything you enter stays on this computer, encrypted. This service does not
                load anything from other websites.</p></footer>
                </body>
                </html>
                """.formatted(NEUTRAL_SITE, esc(heading), body);
    }
}
