import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Summarises the Surefire and Failsafe XML reports under a folder: every skipped test with the reason its
 * assumption gave (Maven's console shows only "skipped"), every failed test, and one closing line
 * "N passed, N failed, N skipped". Run as: java .ci/TestReports.java [folder] [title]
 */
public final class TestReports {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        String title = args.length > 1 ? args[1] : "tests";
        List<Path> reports;
        try (Stream<Path> files = Files.walk(root)) {
            reports = files.filter(TestReports::isReport).sorted().toList();
        }
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        List<String> skips = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        var factory = DocumentBuilderFactory.newInstance();
        for (Path report : reports) {
            NodeList cases = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                String name = c.getAttribute("classname") + "." + c.getAttribute("name");
                Element skip = child(c, "skipped");
                Element failure = child(c, "failure");
                Element error = child(c, "error");
                if (skip != null) {
                    skipped++;
                    skips.add(name + ": " + reason(skip));
                } else if (failure != null || error != null) {
                    failed++;
                    failures.add(name + ": " + reason(failure != null ? failure : error));
                } else {
                    passed++;
                }
            }
        }
        System.out.println();
        System.out.println("== " + title + ": " + reports.size() + " test reports");
        for (String s : skips) {
            System.out.println("SKIPPED " + s);
        }
        for (String f : failures) {
            System.out.println("FAILED " + f);
        }
        System.out.println(passed + " passed, " + failed + " failed, " + skipped + " skipped");
    }

    private static boolean isReport(Path p) {
        String name = p.getFileName().toString();
        String dir = p.getParent() == null ? "" : p.getParent().getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml")
                && (dir.equals("surefire-reports") || dir.equals("failsafe-reports"))
                && !p.toString().contains("/node_modules/");
    }

    private static Element child(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    /** The first line of the message: the assumption's or assertion's own words. */
    private static String reason(Element e) {
        String text = e.getAttribute("message");
        if (text.isBlank()) {
            text = e.getTextContent();
        }
        text = text.strip();
        int nl = text.indexOf('\n');
        if (nl >= 0) {
            text = text.substring(0, nl).strip();
        }
        text = text.replaceFirst("^org\\.opentest4j\\.TestAbortedException: ", "")
                .replaceFirst("^Assumption failed: ", "");
        return text.isEmpty() ? "(no reason given)" : text;
    }

    private TestReports() {
    }
}
